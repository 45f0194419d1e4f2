package org.bulwark.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.bulwark.deploy.reference.ExactDeploymentSolver;
import org.bulwark.deploy.reference.ExactDeploymentSolver.ExactResult;
import org.bulwark.deploy.reference.TestScenarios;
import org.bulwark.model.Mode;
import org.bulwark.model.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The Lagrangian cut bound against the exact CP-SAT optimum: every iterate, whatever the step
 * targets, stays at or below the optimum (weak duality), and on hand-made cases with a known
 * optimum it reaches it. Random instances print their spec to replay a failure.
 */
class LagrangianCutBoundTest {
    private static final double U = TestScenarios.UNLIMITED;
    private static final PlannerOptions DAILY = PlannerOptions.DEFAULT.withTimeStepHours(24);
    private static final PlannerOptions SIX_HOURLY = PlannerOptions.DEFAULT.withTimeStepHours(6);

    /** The bound for all movable units over the minimum cut, or NaN when no cut separates them. */
    private static double bound(Scenario scenario, PlannerOptions options, int iterations, double target) {
        OrTools.load();
        PlanningNetwork net = new PlanningNetwork(scenario, options);
        Preparation prep = new Preparation(net, 1);
        List<Integer> movable = new ArrayList<>();
        for (int u = 0; u < net.unitCount; u++) {
            if (prep.fixedOutcome[u] == UnitPlan.PLANNED) {
                movable.add(u);
            }
        }
        int[] cut = CutAssignmentBound.minimumCut(net, movable);
        if (movable.isEmpty() || cut.length == 0) {
            return Double.NaN;
        }
        return new LagrangianCutBound(net, prep, cut, movable.stream().mapToInt(Integer::intValue).toArray())
                .solve(iterations, target);
    }

    /**
     * Three 300 t units from A to B over two parallel links: a fast one of 300 t a day and a slow
     * one of 100 t a day. A whole unit crosses the fast link in a day, the slow one in three, so
     * the slow link saves no one: the optimum is 0 + 24 + 48 late hours.
     */
    private static Scenario parallelLinks() {
        return TestScenarios.builder().horizon(120)
                .node("A", U).node("B", U)
                .link("FAST", "A", "B", Mode.RAIL, 24, 300)
                .link("SLOW", "A", "B", Mode.ROAD, 24, 100)
                .move("U1", 300, 10, "A", "B", 0, 24, 1)
                .move("U2", 300, 10, "A", "B", 0, 24, 1)
                .move("U3", 300, 10, "A", "B", 0, 24, 1)
                .build();
    }

    @Test
    void reachesTheKnownOptimumOfASingleBottleneck() {
        assertThat(bound(TestScenarios.bottleneck(1), DAILY, 200, 24)).isCloseTo(24, within(1e-6));
        assertThat(bound(TestScenarios.bottleneck(2), DAILY, 200, 12)).isCloseTo(12, within(1e-6));
    }

    @Test
    void keepsUnitsWholeOnParallelLinks() {
        ExactResult exact = ExactDeploymentSolver.solve(parallelLinks(), DAILY, 20);
        assertThat(exact.optimal()).as(exact.status()).isTrue();
        double optimum = exact.weightedLateHours().orElseThrow();
        assertThat(optimum).isCloseTo(48 + 24, within(1e-6)); // fast link: day 0, 1, 2 → 0 + 24 + 48 late hours
        assertThat(bound(parallelLinks(), DAILY, 300, optimum)).isCloseTo(optimum, within(1e-3));
    }

    @Test
    void neverExceedsTheExactOptimumOnRandomTinyInstancesWhateverTheStepTarget() {
        PriorityListDeploymentPlanner planner = new PriorityListDeploymentPlanner();
        List<TestScenarios.Solved> solved = TestScenarios.tinySolved(20261123, 20, SIX_HOURLY);
        int positive = 0;
        for (TestScenarios.Solved instance : solved) {
            Scenario s = instance.scenario();
            double optimum = instance.optimum();
            double planned = planner.plan(s, SIX_HOURLY, ProgressListener.NONE).objective().weightedLateHours();
            for (double target : new double[] {planned, 10 * planned + 100, optimum}) {
                double bound = bound(s, SIX_HOURLY, 100, target);
                if (Double.isNaN(bound)) {
                    continue;
                }
                assertThat(bound).as("bound with step target " + target + ", " + instance.replay()).isLessThanOrEqualTo(optimum + 1e-6);
                if (bound > 1e-6) {
                    positive++;
                }
            }
        }
        assertThat(solved).as("instances solved to optimality").hasSizeGreaterThanOrEqualTo(15);
        assertThat(positive).as("bounds above zero (the test would not see an invalid bound otherwise)").isPositive();
    }
}
