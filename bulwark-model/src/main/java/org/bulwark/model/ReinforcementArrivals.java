package org.bulwark.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * When each reinforcement is in place at its destination — closed and through reception, staging
 * and onward movement — in hours since C-day; empty when it never arrives. A deployment plan gives
 * them (its {@code arrivals()}); the campaign assessment consumes them, so the two engines meet
 * here in the model and neither depends on the other.
 */
public record ReinforcementArrivals(Map<UnitId, OptionalDouble> hours) {
    public ReinforcementArrivals {
        Map<UnitId, OptionalDouble> copy = new LinkedHashMap<>();
        hours.forEach((unit, hour) -> copy.put(Objects.requireNonNull(unit, "unit"), Objects.requireNonNull(hour, "hour")));
        hours = Collections.unmodifiableMap(copy);
    }

    /** Every reinforcement in place exactly at its required delivery hour (a plan that is on time). */
    public static ReinforcementArrivals asRequired(Scenario scenario) {
        Map<UnitId, OptionalDouble> hours = new LinkedHashMap<>();
        for (Reinforcement r : scenario.reinforcements()) {
            hours.put(r.unit(), OptionalDouble.of(r.requiredHour()));
        }
        return new ReinforcementArrivals(hours);
    }

    /** The arrival of a unit; empty when it never arrives or is not listed. */
    public OptionalDouble of(UnitId unit) {
        return hours.getOrDefault(unit, OptionalDouble.empty());
    }
}
