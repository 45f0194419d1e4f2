package org.bulwark.model;

import java.util.Objects;

/** Typed id of a node: letters, digits, '_', '-' and '.', no spaces. */
public record NodeId(String value) implements Comparable<NodeId> {
    public NodeId {
        Objects.requireNonNull(value, "value");
        if (!Ids.isValid(value)) {
            throw new IllegalArgumentException("invalid node id '" + value + "': " + Ids.RULE);
        }
    }

    public static NodeId of(String value) {
        return new NodeId(value);
    }

    @Override
    public int compareTo(NodeId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
