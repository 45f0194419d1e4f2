package org.bulwark.deploy;

import java.util.Objects;

/**
 * A capacity that held the plan up.
 *
 * @param weightedLateHoursSaved how much the weighted lateness drops when this capacity alone is unlimited and the late units
 *                               that used it are planned again, the others kept: what relaxing it saves at least
 * @param unitsDelayed           late units whose route passes this resource in the plan
 * @param saturatedPeriods       periods in which the resource ran at capacity
 */
public record Bottleneck(int rank, Resource resource, double capacityTonnesPerDay, double weightedLateHoursSaved,
                         int unitsDelayed, int saturatedPeriods) {
    public Bottleneck {
        Objects.requireNonNull(resource, "resource");
    }
}
