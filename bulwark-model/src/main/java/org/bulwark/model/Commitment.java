package org.bulwark.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A spending guideline or pledge: the Alliance's (scope {@code NATO}) or one nation's.
 *
 * @param nation        empty for an Alliance-wide guideline
 * @param targetPctGdp  the share of GDP pledged (the lower bound where a range was given)
 * @param byYear        the year by which, or from which, it applies; free text where the source is ("annual (minimum)")
 * @param announced     date or period of announcement as published
 */
public record Commitment(
        Optional<NationCode> nation,
        double targetPctGdp,
        String byYear,
        String announced,
        String notes,
        Source source) {

    public Commitment {
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(byYear, "byYear");
        Objects.requireNonNull(announced, "announced");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(source, "source");
        Units.requireNonNegative(targetPctGdp, "targetPctGdp");
    }

    public boolean allianceWide() {
        return nation.isEmpty();
    }
}
