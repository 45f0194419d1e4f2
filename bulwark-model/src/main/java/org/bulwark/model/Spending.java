package org.bulwark.model;

import java.util.List;

/** Nations' defence spending series and the commitments they are measured against. */
public record Spending(List<DefenceSpending> series, List<Commitment> commitments) {
    public static final Spending NONE = new Spending(List.of(), List.of());

    public Spending {
        series = List.copyOf(series);
        commitments = List.copyOf(commitments);
    }
}
