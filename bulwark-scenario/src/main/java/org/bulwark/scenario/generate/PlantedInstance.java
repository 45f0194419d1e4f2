package org.bulwark.scenario.generate;

import java.util.List;
import java.util.Objects;
import org.bulwark.model.Scenario;

/**
 * A generated scenario with a planted plan in which every reinforcement is on time, so the least
 * weighted lateness is exactly 0.
 *
 * @param plan one route per reinforcement, in the order to commit them: committed one after the
 *             other in this order, each unit closes no later than its
 *             {@link PlantedRoute#latestClosureHour()}
 */
public record PlantedInstance(PlantedSpec spec, Scenario scenario, List<PlantedRoute> plan) {
    public PlantedInstance {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(scenario, "scenario");
        plan = List.copyOf(plan);
    }
}
