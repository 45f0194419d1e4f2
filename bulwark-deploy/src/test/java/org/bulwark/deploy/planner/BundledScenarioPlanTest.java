package org.bulwark.deploy.planner;

import org.bulwark.deploy.DeploymentPlan;
import org.bulwark.deploy.MovementStatus;
import org.bulwark.deploy.PlannerOptions;
import org.bulwark.deploy.UnreachableReason;

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
        // every unit that moves is in place its type's RSOI hours after closing, and that is what the campaign gets
        org.bulwark.model.ReinforcementArrivals arrivals = plan.arrivals();
        assertThat(plan.movements()).filteredOn(m -> m.arriveHour().isPresent() && !m.home().equals(m.destination()))
                .isNotEmpty().allSatisfy(m -> {
                    org.bulwark.model.Unit unit = scenario.unit(m.unit()).orElseThrow();
                    double rsoi = scenario.unitType(unit.type()).orElseThrow().rsoiHours();
                    assertThat(m.rsoiHours()).isEqualTo(rsoi);
                    assertThat(arrivals.of(m.unit()).getAsDouble()).isEqualTo(m.arriveHour().getAsDouble() + rsoi);
                });
        assertThat(plan.movements()).anyMatch(m -> m.rsoiHours() == 48);
    }
}
