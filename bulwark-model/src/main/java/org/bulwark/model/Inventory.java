package org.bulwark.model;

import java.util.Objects;

/** How many units of a type a nation holds today; holdings count toward its targets. */
public record Inventory(NationCode nation, UnitTypeId type, int count, Source source) {
    public Inventory {
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Units.requireNonNegative(count, "count");
    }
}
