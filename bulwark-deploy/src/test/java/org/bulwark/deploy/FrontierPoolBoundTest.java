package org.bulwark.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bulwark.deploy.reference.ExactDeploymentSolver;
import org.bulwark.deploy.reference.ExactDeploymentSolver.ExactResult;
import org.bulwark.deploy.reference.TestScenarios;
import org.bulwark.model.Mode;
import org.bulwark.model.Scenario;
import org.bulwark.scenario.generate.GeneratorSpec;
import org.bulwark.scenario.generate.ScenarioGenerator;
import org.junit.jupiter.api.Test;

/**
 * The frontier-pools bound: equal to the optimum on hand-made frontiers where it should be, never
 * above the exact CP-SAT optimum on random tiny instances, never above a plan on random theatres.
 */
class FrontierPoolBoundTest {
    private static final double U = TestScenarios.UNLIMITED;
    private static final PlannerOptions DAILY = PlannerOptions.DEFAULT.withTimeStepHours(24);
    private static final PlannerOptions SIX_HOURLY = PlannerOptions.DEFAULT.withTimeStepHours(6);
    private static final PriorityListDeploymentPlanner PLANNER = new PriorityListDeploymentPlanner();

    /** Two 1,000 t units due at C-day over a road of 1,000 t a day (24 h), and maybe a sea line A→B. */
    private static Scenario frontier(double seaTransit, double seaPerDay) {
        TestScenarios b = TestScenarios.builder().horizon(200)
                .node("A", U).node("B", U)
                .link("road", "A", "B", Mode.ROAD, 24, 1000);
        if (seaPerDay > 0) {
            b.link("sea", "A", "B", Mode.SEA, seaTransit, seaPerDay);
        }
        return b.move("U1", 1000, 10, "A", "B", 0, 0, 1)
                .move("U2", 1000, 10, "A", "B", 0, 0, 1)
                .build();
    }

    private static double optimum(Scenario s, PlannerOptions options) {
        ExactResult exact = ExactDeploymentSolver.solve(s, options, 10);
        assertThat(exact.optimal()).isTrue();
        return exact.weightedLateHours().orElseThrow();
    }

    @Test
    void aQueueAtOneLandCrossingIsPricedInFull() {
        // one unit a day: the first arrives at 24 h, the second at 48 h
        Scenario s = frontier(0, 0);
        assertThat(optimum(s, DAILY)).isCloseTo(72, within(1e-6));
        FrontierPoolBound.Result result = FrontierPoolBound.compute(s, DAILY);
        assertThat(result.status()).isEqualTo("optimal");
        assertThat(result.pools()).isEqualTo(1);
        assertThat(result.weightedLateHours()).isCloseTo(72, within(1e-6));
    }

    @Test
    void aFastSeaLineTakesTheSecondUnit() {
        // the second unit goes by sea: on board at once, in place after 24 h like the first
        Scenario s = frontier(24, 100_000);
        assertThat(optimum(s, DAILY)).isCloseTo(48, within(1e-6));
        FrontierPoolBound.Result result = FrontierPoolBound.compute(s, DAILY);
        assertThat(result.pools()).isEqualTo(2);
        assertThat(result.weightedLateHours()).isCloseTo(48, within(1e-6));
    }

    @Test
    void aSlowSeaLineCannotTakePartOfAUnit() {
        // 250 t a day by sea: a whole unit is on board only on day 4 (arrives at 96 h), so the
        // second unit queues for the road instead (48 h); without the whole-unit floor a quarter of
        // it could sail on day 0 and the bound would be 66, below the optimum's 72
        Scenario s = frontier(24, 250);
        assertThat(optimum(s, DAILY)).isCloseTo(72, within(1e-6));
        assertThat(FrontierPoolBound.compute(s, DAILY).weightedLateHours()).isCloseTo(72, within(1e-6));
    }

    @Test
    void neverExceedsTheExactOptimumOnRandomTinyInstances() {
        List<TestScenarios.Solved> solved = TestScenarios.tinySolved(20261123, 30, SIX_HOURLY);
        int positive = 0;
        for (TestScenarios.Solved instance : solved) {
            double bound = FrontierPoolBound.compute(instance.scenario(), SIX_HOURLY).weightedLateHours();
            assertThat(bound).as(instance.replay()).isLessThanOrEqualTo(instance.optimum() + 1e-6);
            if (bound > 1e-6) {
                positive++;
            }
        }
        assertThat(solved).as("instances solved to optimality").hasSizeGreaterThanOrEqualTo(20);
        assertThat(positive).as("positive bounds (the test would not see an invalid bound otherwise)").isPositive();
    }

    record Instance(GeneratorSpec spec, double stepHours) {
    }

    @Provide
    Arbitrary<Instance> instances() {
        Arbitrary<GeneratorSpec> specs = Combinators.combine(
                Arbitraries.integers().between(10, 80),
                Arbitraries.integers().between(GeneratorSpec.MIN_NODES, 60),
                Arbitraries.integers().between(3, 30),
                Arbitraries.longs()).as(GeneratorSpec::new);
        return Combinators.combine(specs, Arbitraries.of(3.0, 6.0, 12.0, 24.0)).as(Instance::new);
    }

    @Property(tries = 30)
    void neverExceedsAPlan(@ForAll("instances") Instance instance) {
        Scenario scenario = new ScenarioGenerator().generate(instance.spec());
        PlannerOptions options = PlannerOptions.DEFAULT.withTimeStepHours(instance.stepHours()).withBottleneckCandidates(0);
        DeploymentPlan plan = PLANNER.plan(scenario, options, ProgressListener.NONE);
        assertThat(FrontierPoolBound.compute(scenario, options).weightedLateHours())
                .isLessThanOrEqualTo(plan.objective().weightedLateHours() + 1e-6);
    }
}
