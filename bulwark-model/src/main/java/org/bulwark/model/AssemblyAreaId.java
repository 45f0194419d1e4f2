package org.bulwark.model;

import java.util.Objects;

/** Typed id of a assembly area: letters, digits, '_', '-' and '.', no spaces. */
public record AssemblyAreaId(String value) implements Comparable<AssemblyAreaId> {
    public AssemblyAreaId {
        Objects.requireNonNull(value, "value");
        if (!Ids.isValid(value)) {
            throw new IllegalArgumentException("invalid assembly area id '" + value + "': " + Ids.RULE);
        }
    }

    public static AssemblyAreaId of(String value) {
        return new AssemblyAreaId(value);
    }

    @Override
    public int compareTo(AssemblyAreaId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
