package org.bulwark.campaign;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.bulwark.deploy.DeploymentPlan;
import org.bulwark.deploy.Movement;
import org.bulwark.model.Reinforcement;
import org.bulwark.model.Scenario;
import org.bulwark.model.UnitId;

/**
 * When each reinforcement is in place at its destination, in hours since C-day; empty when it
 * never arrives. Usually taken from a deployment plan.
 */
public record ReinforcementArrivals(Map<UnitId, OptionalDouble> hours) {
    public ReinforcementArrivals {
        Map<UnitId, OptionalDouble> copy = new LinkedHashMap<>();
        hours.forEach((unit, hour) -> copy.put(Objects.requireNonNull(unit, "unit"), Objects.requireNonNull(hour, "hour")));
        hours = Collections.unmodifiableMap(copy);
    }

    /** The arrivals a deployment plan achieves (unreachable units never arrive). */
    public static ReinforcementArrivals of(DeploymentPlan plan) {
        Map<UnitId, OptionalDouble> hours = new LinkedHashMap<>();
        for (Movement movement : plan.movements()) {
            hours.put(movement.unit(), movement.arriveHour());
        }
        return new ReinforcementArrivals(hours);
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
