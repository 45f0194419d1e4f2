package org.bulwark.model;

import java.util.Objects;

/** One unit of the posture: in place at {@code location} at C-day. */
public record Placement(UnitId unit, NodeId location, Source source) {
    public Placement {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(source, "source");
    }
}
