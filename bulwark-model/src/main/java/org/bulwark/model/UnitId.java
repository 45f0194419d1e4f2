package org.bulwark.model;

import java.util.Objects;

/** Typed id of a unit: letters, digits, '_', '-' and '.', no spaces. */
public record UnitId(String value) implements Comparable<UnitId> {
    public UnitId {
        Objects.requireNonNull(value, "value");
        if (!Ids.isValid(value)) {
            throw new IllegalArgumentException("invalid unit id '" + value + "': " + Ids.RULE);
        }
    }

    public static UnitId of(String value) {
        return new UnitId(value);
    }

    @Override
    public int compareTo(UnitId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
