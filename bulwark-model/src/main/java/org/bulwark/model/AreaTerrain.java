package org.bulwark.model;

import java.util.Objects;

/**
 * The terrain of the area around a node, for the campaign model's operational map.
 *
 * @param river true when a river line runs at this node, so an advance into it is a crossing
 */
public record AreaTerrain(NodeId node, TerrainClass terrain, boolean river, Source source) {
    public AreaTerrain {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(terrain, "terrain");
        Objects.requireNonNull(source, "source");
    }
}
