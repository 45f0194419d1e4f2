package org.bulwark.deploy;

import java.util.List;
import java.util.Objects;

/**
 * The answer to "how to deploy": for every reinforcement its legs and arrival or why it cannot
 * arrive; closure by region; utilisation of every capacity used; the bottlenecks; the objective
 * and the best lower bound found.
 *
 * @param periods number of capacity buckets of {@code timeStepHours} in the planning horizon
 */
public record DeploymentPlan(double timeStepHours, int periods, List<Movement> movements, List<Closure> closures,
                             List<Utilisation> utilisation, List<Bottleneck> bottlenecks, Objective objective,
                             Bound bound) {
    public DeploymentPlan {
        movements = List.copyOf(movements);
        closures = List.copyOf(closures);
        utilisation = List.copyOf(utilisation);
        bottlenecks = List.copyOf(bottlenecks);
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(bound, "bound");
    }

    /** When each reinforcement is in place (closure plus RSOI), for the campaign assessment. */
    public org.bulwark.model.ReinforcementArrivals arrivals() {
        java.util.Map<org.bulwark.model.UnitId, java.util.OptionalDouble> hours = new java.util.LinkedHashMap<>();
        for (Movement movement : movements) {
            hours.put(movement.unit(), movement.inPlaceHour());
        }
        return new org.bulwark.model.ReinforcementArrivals(hours);
    }

    public double horizonHours() {
        return periods * timeStepHours;
    }

    public double gap() {
        return bound.gap(objective);
    }
}
