package org.bulwark.model;

import java.util.Objects;

/**
 * A place the defence must hold.
 *
 * @param priority 1 is the most important
 */
public record Objective(ObjectiveId id, String name, NodeId node, ObjectiveKind kind, int priority, Source source) {
    public Objective {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        if (priority < 1) {
            throw new IllegalArgumentException("priority must be >= 1, was " + priority);
        }
    }
}
