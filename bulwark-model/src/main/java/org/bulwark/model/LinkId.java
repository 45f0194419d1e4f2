package org.bulwark.model;

import java.util.Objects;

/** Typed id of a link: letters, digits, '_', '-' and '.', no spaces. */
public record LinkId(String value) implements Comparable<LinkId> {
    public LinkId {
        Objects.requireNonNull(value, "value");
        if (!Ids.isValid(value)) {
            throw new IllegalArgumentException("invalid link id '" + value + "': " + Ids.RULE);
        }
    }

    public static LinkId of(String value) {
        return new LinkId(value);
    }

    @Override
    public int compareTo(LinkId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
