package org.bulwark.deploy.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.bulwark.deploy.PlannerOptions;
import org.bulwark.deploy.reference.ExactDeploymentSolver.ExactResult;
import org.bulwark.deploy.reference.LpRelaxationBound.BoundResult;
import org.bulwark.model.Mode;
import org.bulwark.model.RailGauge;
import org.bulwark.model.Scenario;
import org.bulwark.scenario.generate.GeneratorSpec;
import org.bulwark.scenario.generate.ScenarioGenerator;
import org.junit.jupiter.api.Test;

class ReferenceSolversTest {
    private static final double U = TestScenarios.UNLIMITED;
    private static final PlannerOptions DAILY = PlannerOptions.DEFAULT.withTimeStepHours(24);
    private static final PlannerOptions SIX_HOURLY = PlannerOptions.DEFAULT.withTimeStepHours(6);

    /** 1435 mm to 1520 mm through a gauge break of 100 t a day and 24 h; a road around it is too slow. */
    static Scenario gaugeBreak() {
        return TestScenarios.builder().horizon(120)
                .node("A", U).node("G", U).node("B", U)
                .rail("AG", "A", "G", RailGauge.STANDARD_1435, 24, U)
                .rail("GB", "G", "B", RailGauge.BROAD_1520, 24, U)
                .gaugeBreak("G", 24, 100)
                .link("AB", "A", "B", Mode.ROAD, 120, U)
                .move("U1", 100, 10, "A", "B", 0, 72, 1)
                .move("U2", 100, 10, "A", "B", 0, 72, 1)
                .build();
    }

    /** Three 100 t units by sea between two ports that each handle 100 t a day. */
    static Scenario saturatedPort() {
        return TestScenarios.builder().horizon(96)
                .node("P1", 100).node("P2", 100)
                .link("SEA", "P1", "P2", Mode.SEA, 24, U)
                .move("U1", 100, 10, "P1", "P2", 0, 48, 1)
                .move("U2", 100, 10, "P1", "P2", 0, 48, 1)
                .move("U3", 100, 10, "P1", "P2", 0, 48, 1)
                .build();
    }

    @Test
    void bottleneckLinkDelaysTheSecondUnitByADay() {
        ExactResult exact = ExactDeploymentSolver.solve(TestScenarios.bottleneck(1), DAILY, 20);
        assertThat(exact.status()).isEqualTo("OPTIMAL");
        assertThat(exact.weightedLateHours().orElseThrow()).isCloseTo(24, within(1e-6));
        assertThat(exact.closureHour().orElseThrow()).isCloseTo(48, within(1e-6));
        assertBoundBelow(TestScenarios.bottleneck(1), DAILY, 24);
    }

    @Test
    void priorityDecidesWhoWaits() {
        ExactResult exact = ExactDeploymentSolver.solve(TestScenarios.bottleneck(2), DAILY, 20);
        assertThat(exact.weightedLateHours().orElseThrow()).isCloseTo(12, within(1e-6));
        assertBoundBelow(TestScenarios.bottleneck(2), DAILY, 12);
    }

    @Test
    void gaugeBreakTransshipsOneUnitADay() {
        ExactResult exact = ExactDeploymentSolver.solve(gaugeBreak(), DAILY, 20);
        assertThat(exact.weightedLateHours().orElseThrow()).isCloseTo(24, within(1e-6));
        assertThat(exact.closureHour().orElseThrow()).isCloseTo(96, within(1e-6));
        assertBoundBelow(gaugeBreak(), DAILY, 24);
    }

    @Test
    void saturatedPortsQueueLoadingAndUnloading() {
        ExactResult exact = ExactDeploymentSolver.solve(saturatedPort(), DAILY, 20);
        assertThat(exact.weightedLateHours().orElseThrow()).isCloseTo(24, within(1e-6));
        assertThat(exact.closureHour().orElseThrow()).isCloseTo(72, within(1e-6));
        assertBoundBelow(saturatedPort(), DAILY, 24);
    }

    @Test
    void lpBoundIsTightOnTheBottleneck() {
        BoundResult lp = LpRelaxationBound.compute(TestScenarios.bottleneck(1), DAILY, 60);
        assertThat(lp.bound()).isPresent();
        // tonnes split freely, but the link still carries one load a day: the second arrives a day late
        assertThat(lp.bound().orElseThrow().weightedLateHours()).isCloseTo(24, within(1e-6));
    }

    @Test
    void lpBoundNeverExceedsTheExactOptimumOnRandomTinyInstances() {
        List<TestScenarios.Solved> solved = TestScenarios.tinySolved(20260101, 20, SIX_HOURLY);
        for (TestScenarios.Solved instance : solved) {
            BoundResult lp = LpRelaxationBound.compute(instance.scenario(), SIX_HOURLY, 60);
            assertThat(lp.bound()).as("%s: %s", instance.replay(), lp.status()).isPresent();
            assertThat(lp.bound().orElseThrow().weightedLateHours()).as(instance.replay())
                    .isLessThanOrEqualTo(instance.optimum() + 1e-6);
            assertThat(lp.bound().orElseThrow().closureHour()).as(instance.replay())
                    .isLessThanOrEqualTo(instance.exact().closureHour().orElseThrow() + 1e-6);
        }
        assertThat(solved).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void lpBoundOnTheSmallPresetIsFound() {
        Scenario small = new ScenarioGenerator().generate(GeneratorSpec.SMALL);
        // the model size of a 5 s limit (50,000 columns), with time to spare on a loaded machine
        BoundResult lp = LpRelaxationBound.compute(small, PlannerOptions.DEFAULT, 60, 50_000);
        assertThat(lp.bound()).as(lp.status()).isPresent();
        assertThat(lp.bound().orElseThrow().weightedLateHours()).isNotNegative();
    }

    private static void assertBoundBelow(Scenario s, PlannerOptions options, double optimum) {
        BoundResult lp = LpRelaxationBound.compute(s, options, 60);
        assertThat(lp.bound()).as(lp.status()).isPresent();
        assertThat(lp.bound().orElseThrow().weightedLateHours()).isLessThanOrEqualTo(optimum + 1e-6);
    }
}
