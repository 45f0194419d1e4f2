package org.bulwark.cli;

import org.bulwark.deploy.DeploymentPlan;
import org.bulwark.deploy.PlannerOptions;
import org.bulwark.deploy.planner.PriorityListDeploymentPlanner;
import org.bulwark.deploy.ProgressListener;
import org.bulwark.model.Scenario;

/** One run of the deployment planner as the commands use it: the scenario, the options and the plan. */
record Deployment(Scenario scenario, PlannerOptions options, DeploymentPlan plan) {

    static Deployment run(Scenario scenario, PlannerOptions options, ProgressListener progress) {
        return new Deployment(scenario, options, new PriorityListDeploymentPlanner().plan(scenario, options, progress));
    }
}
