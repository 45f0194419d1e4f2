package org.bulwark.model;

import java.util.Objects;

/**
 * A requirement to move a unit to a destination. Times are hours relative to C-day.
 *
 * @param availableHour earliest time the unit can leave home (its notice to move, usually)
 * @param requiredHour  required delivery time at the destination (RDD)
 * @param priority      1 is the most important
 */
public record Reinforcement(UnitId unit, NodeId destination, double availableHour, double requiredHour, int priority, Source source) {
    public Reinforcement {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(source, "source");
        Units.requireFinite(availableHour, "availableHour");
        Units.requireFinite(requiredHour, "requiredHour");
        if (requiredHour < availableHour) {
            throw new IllegalArgumentException("unit " + unit + ": required hour " + requiredHour
                    + " is before available hour " + availableHour);
        }
        if (priority < 1) {
            throw new IllegalArgumentException("priority must be >= 1, was " + priority);
        }
    }
}
