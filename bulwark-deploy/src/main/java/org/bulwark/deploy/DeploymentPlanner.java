package org.bulwark.deploy;

import org.bulwark.model.Scenario;

/**
 * Plans the reinforcements of a valid scenario. Implementations are pure: no I/O, no clock,
 * the same plan for the same inputs whatever the number of threads.
 */
public interface DeploymentPlanner {
    DeploymentPlan plan(Scenario scenario, PlannerOptions options, ProgressListener progress);

    default DeploymentPlan plan(Scenario scenario) {
        return plan(scenario, PlannerOptions.DEFAULT, ProgressListener.NONE);
    }
}
