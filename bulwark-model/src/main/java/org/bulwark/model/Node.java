package org.bulwark.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A place in the transport network.
 *
 * @param handlingTonnesPerDay how much cargo the node can load, unload or pass per day;
 *                             {@link Double#POSITIVE_INFINITY} when not constrained
 */
public record Node(
        NodeId id,
        String name,
        NationCode nation,
        NodeKind kind,
        GeoPoint location,
        Optional<RegionId> region,
        double handlingTonnesPerDay,
        Source source) {

    public Node {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(source, "source");
        Units.requirePositiveOrUnlimited(handlingTonnesPerDay, "handlingTonnesPerDay");
    }
}
