package org.bulwark.model;

import java.util.Objects;

/** Typed id of a unit type: letters, digits, '_', '-' and '.', no spaces. */
public record UnitTypeId(String value) implements Comparable<UnitTypeId> {
    public UnitTypeId {
        Objects.requireNonNull(value, "value");
        if (!Ids.isValid(value)) {
            throw new IllegalArgumentException("invalid unit type id '" + value + "': " + Ids.RULE);
        }
    }

    public static UnitTypeId of(String value) {
        return new UnitTypeId(value);
    }

    @Override
    public int compareTo(UnitTypeId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
