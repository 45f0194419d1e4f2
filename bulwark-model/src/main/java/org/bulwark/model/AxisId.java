package org.bulwark.model;

import java.util.Objects;

/** Typed id of a axis: letters, digits, '_', '-' and '.', no spaces. */
public record AxisId(String value) implements Comparable<AxisId> {
    public AxisId {
        Objects.requireNonNull(value, "value");
        if (!Ids.isValid(value)) {
            throw new IllegalArgumentException("invalid axis id '" + value + "': " + Ids.RULE);
        }
    }

    public static AxisId of(String value) {
        return new AxisId(value);
    }

    @Override
    public int compareTo(AxisId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
