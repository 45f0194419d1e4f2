package org.bulwark.model;

import java.util.Objects;

/** Typed id of a objective: letters, digits, '_', '-' and '.', no spaces. */
public record ObjectiveId(String value) implements Comparable<ObjectiveId> {
    public ObjectiveId {
        Objects.requireNonNull(value, "value");
        if (!Ids.isValid(value)) {
            throw new IllegalArgumentException("invalid objective id '" + value + "': " + Ids.RULE);
        }
    }

    public static ObjectiveId of(String value) {
        return new ObjectiveId(value);
    }

    @Override
    public int compareTo(ObjectiveId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
