package org.bulwark.model;

import java.util.Objects;

/** Typed id of a region: letters, digits, '_', '-' and '.', no spaces. */
public record RegionId(String value) implements Comparable<RegionId> {
    public RegionId {
        Objects.requireNonNull(value, "value");
        if (!Ids.isValid(value)) {
            throw new IllegalArgumentException("invalid region id '" + value + "': " + Ids.RULE);
        }
    }

    public static RegionId of(String value) {
        return new RegionId(value);
    }

    @Override
    public int compareTo(RegionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
