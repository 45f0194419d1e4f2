package org.bulwark.model;

import java.util.Objects;

/**
 * One line of a capability requirement: how many units of a type the plan needs in total
 * (existing holdings included), to be shared among the participating allies.
 */
public record CapabilityRequirement(UnitTypeId type, int quantity, Source source) {
    public CapabilityRequirement {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Units.requireNonNegative(quantity, "quantity");
    }
}
