package org.bulwark.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.bulwark.deploy.reference.ExactDeploymentSolver;
import org.bulwark.deploy.reference.ExactDeploymentSolver.ExactResult;
import org.bulwark.deploy.reference.TestScenarios;
import org.bulwark.model.Mode;
import org.bulwark.model.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The network Lagrangian bound against the exact CP-SAT optimum: whatever the step target, it
 * never exceeds the optimum (weak duality over a relaxation of exactly the planner's units), it is
 * never below the critical path at λ = 0, and on hand-made cases it reaches the known optimum where
 * the congestion is not at a cut. Random instances print their spec to replay a failure.
 */
class NetworkLagrangianBoundTest {
    private static final double U = TestScenarios.UNLIMITED;
    private static final PlannerOptions DAILY = PlannerOptions.DEFAULT.withTimeStepHours(24);
    private static final PlannerOptions SIX_HOURLY = PlannerOptions.DEFAULT.withTimeStepHours(6);

    private static NetworkLagrangianBound.Result bound(Scenario scenario, PlannerOptions options, int iterations, double target) {
        return NetworkLagrangianBound.compute(scenario, options, target, iterations, () -> false);
    }

    /**
     * Two 100 t units from A and B to D over separate unlimited links into a destination handling of
     * 100 t a day: the congestion is at a node, which the network relaxation prices like a link.
     */
    private static Scenario sharedHandling() {
        return TestScenarios.builder().horizon(120)
                .node("A", U).node("B", U).node("D", 100)
                .link("AD", "A", "D", Mode.ROAD, 24, U)
                .link("BD", "B", "D", Mode.ROAD, 24, U)
                .move("U1", 100, 10, "A", "D", 0, 24, 1)
                .move("U2", 100, 10, "B", "D", 0, 24, 1)
                .build();
    }

    @Test
    void reachesTheKnownOptimumOfASingleBottleneck() {
        assertThat(bound(TestScenarios.bottleneck(1), DAILY, 300, 24).weightedLateHours()).isCloseTo(24, within(1e-3));
        assertThat(bound(TestScenarios.bottleneck(2), DAILY, 300, 12).weightedLateHours()).isCloseTo(12, within(1e-3));
    }

    @Test
    void pricesNodeHandlingAsWellAsLinks() {
        ExactResult exact = ExactDeploymentSolver.solve(sharedHandling(), DAILY, 20);
        assertThat(exact.optimal()).as(exact.status()).isTrue();
        double optimum = exact.weightedLateHours().orElseThrow();
        assertThat(optimum).isCloseTo(24, within(1e-6)); // D unloads one unit a day
        NetworkLagrangianBound.Result result = bound(sharedHandling(), DAILY, 300, optimum);
        assertThat(result.atZero()).isZero();
        assertThat(result.weightedLateHours()).isCloseTo(optimum, within(1e-3));
    }

    @Test
    void aStopEndsTheRunWithTheRoundsCompletedSoFar() {
        int[] calls = {0};
        // two units: the stop is asked after each; it says stop on the third call, in the second round
        NetworkLagrangianBound.Result result = NetworkLagrangianBound.compute(TestScenarios.bottleneck(1), DAILY, 24, 300,
                () -> ++calls[0] >= 3);
        assertThat(result.stoppedEarly()).isTrue();
        assertThat(result.iterations()).isEqualTo(1);
        assertThat(result.weightedLateHours()).isZero(); // L(0): both units alone are on time
    }

    @Test
    void neverExceedsTheExactOptimumOnRandomTinyInstancesWhateverTheStepTarget() {
        PriorityListDeploymentPlanner planner = new PriorityListDeploymentPlanner();
        List<TestScenarios.Solved> solved = TestScenarios.tinySolved(20261123, 20, SIX_HOURLY);
        int positive = 0;
        for (TestScenarios.Solved instance : solved) {
            Scenario s = instance.scenario();
            double optimum = instance.optimum();
            DeploymentPlan plan = planner.plan(s, SIX_HOURLY, ProgressListener.NONE);
            double planned = plan.objective().weightedLateHours();
            for (double target : new double[] {planned, 10 * planned + 100, optimum}) {
                NetworkLagrangianBound.Result result = bound(s, SIX_HOURLY, 100, target);
                assertThat(result.weightedLateHours()).as("bound with step target " + target + ", " + instance.replay())
                        .isLessThanOrEqualTo(optimum + 1e-6);
                assertThat(result.atZero()).as("L(0) against the critical path, " + instance.replay())
                        .isGreaterThanOrEqualTo(new PriorityListDeploymentPlanner()
                                .plan(s, SIX_HOURLY.withImprovementRounds(0), ProgressListener.NONE).bound().weightedLateHours() - 1e-6);
                if (result.weightedLateHours() > result.atZero() + 1e-6) {
                    positive++;
                }
            }
        }
        assertThat(solved).as("instances solved to optimality").hasSizeGreaterThanOrEqualTo(15);
        assertThat(positive).as("bounds above the critical path (the test would not see an invalid bound otherwise)").isPositive();
    }
}
