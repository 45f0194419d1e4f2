package org.bulwark.deploy;

import org.bulwark.deploy.check.PlanChecker;

import static org.assertj.core.api.Assertions.assertThat;

import org.bulwark.model.Scenario;
import org.bulwark.scenario.BundledScenarios;
import org.bulwark.scenario.ScenarioRead;
import org.bulwark.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

class BundledScenarioPlanTest {

    @Test
    void easternFlank2023PlansWithoutViolations() {
        ScenarioRead read = ScenarioReader.read(BundledScenarios.folder("eastern-flank-2023").orElseThrow());
        assertThat(read).isInstanceOf(ScenarioRead.Valid.class);
        Scenario scenario = ((ScenarioRead.Valid) read).scenario();
        DeploymentPlan plan = new PriorityListDeploymentPlanner().plan(scenario);
        assertThat(PlanChecker.violations(scenario, PlannerOptions.DEFAULT, plan)).isEmpty();
        assertThat(plan.movements()).hasSameSizeAs(scenario.reinforcements());
        assertThat(plan.movements()).noneMatch(m -> m.status() == MovementStatus.UNREACHABLE
                && m.reason().orElseThrow() == UnreachableReason.CAPACITY_EXHAUSTED);
        assertThat(plan.bound().weightedLateHours()).isLessThanOrEqualTo(plan.objective().weightedLateHours());
        assertThat(plan.closures()).isNotEmpty();
    }
}
