package org.bulwark.deploy.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.bulwark.deploy.DeploymentPlan;
import org.bulwark.deploy.PlannerOptions;
import org.bulwark.deploy.PriorityListDeploymentPlanner;
import org.bulwark.deploy.ProgressListener;
import org.bulwark.deploy.reference.ExactDeploymentSolver.ExactResult;
import org.bulwark.model.Scenario;
import org.bulwark.scenario.generate.GeneratorSpec;
import org.bulwark.scenario.generate.ScenarioGenerator;
import org.junit.jupiter.api.Test;

/**
 * The fast planner against the exact CP-SAT optimum on tiny instances: the planner is never
 * better than optimal, its lower bound never above it, and so its stated gap always covers its
 * true distance from the optimum. Random instances print their spec to replay a failure.
 */
class PlannerVersusExactTest {
    private static final PlannerOptions SIX_HOURLY = PlannerOptions.DEFAULT.withTimeStepHours(6);
    private static final PlannerOptions DAILY = PlannerOptions.DEFAULT.withTimeStepHours(24);
    private final PriorityListDeploymentPlanner planner = new PriorityListDeploymentPlanner();

    @Test
    void handMadeInstancesAreSolvedOptimally() {
        for (Scenario s : List.of(TestScenarios.bottleneck(1), TestScenarios.bottleneck(2),
                ReferenceSolversTest.gaugeBreak(), ReferenceSolversTest.saturatedPort())) {
            ExactResult exact = ExactDeploymentSolver.solve(s, DAILY, 20);
            assertThat(exact.optimal()).as(exact.status()).isTrue();
            DeploymentPlan plan = planner.plan(s, DAILY, ProgressListener.NONE);
            assertThat(plan.objective().weightedLateHours()).as(s.info().name())
                    .isEqualTo(exact.weightedLateHours().orElseThrow(), org.assertj.core.api.Assertions.within(1e-6));
        }
    }

    @Test
    void onRandomTinyInstancesThePlannerIsNeverBetterThanOptimalAndTheGapHolds() {
        SplittableRandom random = new SplittableRandom(20261122);
        ScenarioGenerator generator = new ScenarioGenerator();
        List<String> compared = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long seed = random.nextLong();
            GeneratorSpec spec = GeneratorSpec.of(6 + random.nextInt(5), 10 + random.nextInt(3), 2, seed);
            Scenario s = TestScenarios.rounded(generator.generate(spec), 6);
            ExactResult exact = ExactDeploymentSolver.solve(s, SIX_HOURLY, 10);
            if (!exact.optimal()) {
                continue;
            }
            double optimum = exact.weightedLateHours().orElseThrow();
            DeploymentPlan plan = planner.plan(s, SIX_HOURLY, ProgressListener.NONE);
            double planned = plan.objective().weightedLateHours();
            String replay = "spec " + spec + " (rounded to 6 h)";
            assertThat(planned).as("planner never better than optimal, " + replay).isGreaterThanOrEqualTo(optimum - 1e-6);
            assertThat(plan.bound().weightedLateHours()).as("bound never above optimal, " + replay)
                    .isLessThanOrEqualTo(optimum + 1e-6);
            double trueGap = planned <= 0 ? 0 : (planned - optimum) / planned;
            assertThat(trueGap).as("stated gap covers the true gap, " + replay).isLessThanOrEqualTo(plan.gap() + 1e-9);
            compared.add(spec + ": planner " + planned + ", optimum " + optimum + ", bound " + plan.bound().weightedLateHours());
        }
        assertThat(compared).as("instances solved to optimality").hasSizeGreaterThanOrEqualTo(15);
    }
}
