package org.bulwark.model;

import java.util.Objects;

/**
 * A catalogue entry with the defaults a unit of this type takes when its own row leaves them out.
 *
 * @param heaviestItemTonnes the heaviest single vehicle or item, checked against link weight limits
 * @param combatValue        relative combat power, an armoured battalion being about 1.0 (see docs/format.md)
 * @param rsoiHours          reception, staging and onward movement at the destination after closure, in hours
 */
public record UnitType(
        UnitTypeId id,
        String name,
        UnitCategory category,
        int personnel,
        int vehicles,
        Lift lift,
        double heaviestItemTonnes,
        double combatValue,
        Source source,
        double rsoiHours) {

    /** A type with its category's RSOI hours ({@link UnitCategory#defaultRsoiHours()}). */
    public UnitType(UnitTypeId id, String name, UnitCategory category, int personnel, int vehicles, Lift lift,
                    double heaviestItemTonnes, double combatValue, Source source) {
        this(id, name, category, personnel, vehicles, lift, heaviestItemTonnes, combatValue, source,
                category.defaultRsoiHours());
    }

    public UnitType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(lift, "lift");
        Objects.requireNonNull(source, "source");
        Units.requireNonNegative(personnel, "personnel");
        Units.requireNonNegative(vehicles, "vehicles");
        Units.requireNonNegative(heaviestItemTonnes, "heaviestItemTonnes");
        Units.requireNonNegative(combatValue, "combatValue");
        Units.requireNonNegative(rsoiHours, "rsoiHours");
        Units.requireFinite(rsoiHours, "rsoiHours");
    }
}
