package org.bulwark.model;

import java.util.List;
import java.util.Objects;

/**
 * An axis of advance: from an assembly area along a route of nodes to an objective.
 *
 * @param route intermediate nodes in order (may be empty); the path is assembly area → route → objective
 */
public record Axis(AxisId id, String name, AssemblyAreaId from, ObjectiveId objective, List<NodeId> route) {
    public Axis {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(objective, "objective");
        route = List.copyOf(route);
    }
}
