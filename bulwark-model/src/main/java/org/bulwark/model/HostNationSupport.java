package org.bulwark.model;

import java.util.Objects;

/**
 * Units a host nation provides in place toward the requirement: they count as that nation's
 * contribution of the type (a minimum of its target) and are not asked of anyone else.
 */
public record HostNationSupport(NationCode nation, UnitTypeId type, int units, Source source) {
    public HostNationSupport {
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Units.requireNonNegative(units, "units");
    }
}
