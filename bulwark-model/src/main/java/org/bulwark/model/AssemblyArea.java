package org.bulwark.model;

import java.util.List;
import java.util.Objects;

/** Where adversary units gather before they attack. */
public record AssemblyArea(AssemblyAreaId id, String name, NodeId node, List<UnitId> units) {
    public AssemblyArea {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(node, "node");
        units = List.copyOf(units);
    }
}
