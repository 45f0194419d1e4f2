package org.bulwark.model;

import java.util.Objects;

/**
 * A force element that moves and fights as one.
 *
 * @param home where the unit is at C-day: its garrison, or its position if it is part of the posture
 */
public record Unit(
        UnitId id,
        NationCode nation,
        UnitTypeId type,
        String name,
        int personnel,
        int vehicles,
        Lift lift,
        double heaviestItemTonnes,
        double combatValue,
        Readiness readiness,
        NodeId home,
        Source source) {

    public Unit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(lift, "lift");
        Objects.requireNonNull(readiness, "readiness");
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(source, "source");
        Units.requireNonNegative(personnel, "personnel");
        Units.requireNonNegative(vehicles, "vehicles");
        Units.requireNonNegative(heaviestItemTonnes, "heaviestItemTonnes");
        Units.requireNonNegative(combatValue, "combatValue");
    }
}
