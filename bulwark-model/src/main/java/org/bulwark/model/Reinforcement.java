package org.bulwark.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A requirement to move a unit to a destination. Times are hours relative to C-day.
 *
 * @param availableHour earliest time the unit can leave home (its notice to move, usually)
 * @param requiredHour  required delivery time at the destination (RDD)
 * @param priority      1 is the most important
 * @param drawAt        where the unit draws its equipment from prepositioned stocks, if it does: its
 *                      personnel fly there (by charter, outside the network's capacities), draw, and the
 *                      equipment moves on from there
 * @param drawHours     hours to draw the equipment at {@code drawAt} (0 without a draw)
 * @param personnel     how the personnel travel: with the equipment, or flown apart ({@link PersonnelMove#AIR},
 *                      not with a draw, where they fly to the draw site anyway)
 */
public record Reinforcement(UnitId unit, NodeId destination, double availableHour, double requiredHour, int priority, Source source,
                            Optional<NodeId> drawAt, double drawHours, PersonnelMove personnel) {
    /**
     * Hours to draw a unit's prepositioned equipment when the scenario does not say: 32 h per 1,000
     * personnel, at least 24 h — the line through FM 100-17-2's issue standards (a battalion task
     * force within 24 hours, a 2x1 heavy brigade within 4 days, a 2x2 within 6; docs/lift-facts.md).
     */
    public static double defaultDrawHours(int personnel) {
        return Math.max(24, 32.0 * personnel / 1000);
    }

    /** A reinforcement whose personnel travel with the equipment. */
    public Reinforcement(UnitId unit, NodeId destination, double availableHour, double requiredHour, int priority, Source source,
                         Optional<NodeId> drawAt, double drawHours) {
        this(unit, destination, availableHour, requiredHour, priority, source, drawAt, drawHours, PersonnelMove.WITH_EQUIPMENT);
    }

    /** A reinforcement that moves the unit's own equipment from home. */
    public Reinforcement(UnitId unit, NodeId destination, double availableHour, double requiredHour, int priority, Source source) {
        this(unit, destination, availableHour, requiredHour, priority, source, Optional.empty(), 0);
    }

    public Reinforcement {
        Objects.requireNonNull(drawAt, "drawAt");
        Objects.requireNonNull(personnel, "personnel");
        if (personnel == PersonnelMove.AIR && drawAt.isPresent()) {
            throw new IllegalArgumentException("unit " + unit + ": personnel flown apart and a draw at " + drawAt.get()
                    + " (with a draw the personnel fly to the draw site and move on with the drawn equipment)");
        }
        Units.requireFinite(drawHours, "drawHours");
        if (drawHours < 0 || drawAt.isEmpty() && drawHours != 0) {
            throw new IllegalArgumentException("unit " + unit + ": draw hours must be at least 0, and 0 without a draw, was " + drawHours);
        }
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
