package org.bulwark.model;

import java.util.Objects;

/**
 * A node where 1435 mm and 1520 mm rail meet and cargo is transshipped between trains.
 *
 * @param capacityTonnesPerDay transshipment capacity; {@link Double#POSITIVE_INFINITY} when not constrained
 */
public record GaugeBreak(NodeId node, double transshipmentHours, double capacityTonnesPerDay, Source source) {
    public GaugeBreak {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(source, "source");
        Units.requireNonNegative(transshipmentHours, "transshipmentHours");
        Units.requirePositiveOrUnlimited(capacityTonnesPerDay, "capacityTonnesPerDay");
    }
}
