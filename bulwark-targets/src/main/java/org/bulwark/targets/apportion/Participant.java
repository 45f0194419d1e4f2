package org.bulwark.targets.apportion;

import java.util.Objects;
import org.bulwark.model.NationCode;

/**
 * A nation sharing the requirement, with its raw fair-share weight (GDP, defence expenditure or a
 * custom weight, in the unit of {@link ApportionmentInput#weightUnit()}).
 */
public record Participant(NationCode nation, double weight) {
    public Participant {
        Objects.requireNonNull(nation, "nation");
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight of " + nation + " must be finite and >= 0, was " + weight);
        }
    }
}
