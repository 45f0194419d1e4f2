package org.bulwark.deploy.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.bulwark.deploy.PlannerOptions;
import org.bulwark.deploy.reference.ExactDeploymentSolver.ExactResult;
import org.bulwark.deploy.reference.TimeExpandedReference.ReferenceResult;
import org.bulwark.model.Mode;
import org.bulwark.model.RailGauge;
import org.bulwark.model.Scenario;
import org.junit.jupiter.api.Test;

/** The OR-Tools reference is the fluid relaxation: equal to the exact optimum where splitting cannot help, never above it. */
class TimeExpandedReferenceTest {
    private static final double U = TestScenarios.UNLIMITED;
    private static final PlannerOptions DAILY = PlannerOptions.DEFAULT.withTimeStepHours(24);
    private static final PlannerOptions SIX_HOURLY = PlannerOptions.DEFAULT.withTimeStepHours(6);

    @Test
    void equalsTheExactOptimumOnTheHandMadeBottlenecks() {
        for (Scenario s : new Scenario[] {TestScenarios.bottleneck(1), TestScenarios.bottleneck(2),
            ReferenceSolversTest.gaugeBreak(), ReferenceSolversTest.saturatedPort()}) {
            ReferenceResult reference = TimeExpandedReference.solve(s, DAILY);
            ExactResult exact = ExactDeploymentSolver.solve(s, DAILY, 20);
            assertThat(reference.status()).isEqualTo("OPTIMAL");
            assertThat(reference.weightedLateHours().orElseThrow())
                    .isCloseTo(exact.weightedLateHours().orElseThrow(), within(1e-6));
            assertThat(reference.arcs()).isPositive();
        }
    }

    @Test
    void aTrainCannotChangeGaugeWithoutTheGaugeBreak() {
        // the gauge break is the only way from 1435 to 1520 mm; without it the unit is exhausted at the horizon
        Scenario s = TestScenarios.builder().horizon(96)
                .node("A", U).node("G", U).node("B", U)
                .rail("AG", "A", "G", RailGauge.STANDARD_1435, 24, U)
                .rail("GB", "G", "B", RailGauge.BROAD_1520, 24, U)
                .gaugeBreak("G", 48, 100)
                .move("U1", 100, 10, "A", "B", 0, 48, 1)
                .build();
        ReferenceResult reference = TimeExpandedReference.solve(s, DAILY);
        assertThat(reference.status()).isEqualTo("OPTIMAL");
        // 24 h to G, 48 h transshipment, 24 h to B: arrives at 96, 48 h late
        assertThat(reference.weightedLateHours().orElseThrow()).isCloseTo(48, within(1e-6));
        assertThat(reference.exhaustedTonnes()).isZero();
    }

    @Test
    void unitsThatCannotArriveInTheHorizonCountAtTheHorizonEnd() {
        // 100 t a day over a 72 h link, three 100 t units, horizon 72 h × 1.5 = 108 h: the third cannot arrive
        Scenario s = TestScenarios.builder().horizon(72)
                .node("A", U).node("B", U)
                .link("AB", "A", "B", Mode.ROAD, 72, 100)
                .move("U1", 100, 10, "A", "B", 0, 72, 1)
                .move("U2", 100, 10, "A", "B", 0, 72, 1)
                .move("U3", 100, 10, "A", "B", 0, 72, 1)
                .build();
        ReferenceResult reference = TimeExpandedReference.solve(s, DAILY);
        ExactResult exact = ExactDeploymentSolver.solve(s, DAILY, 20);
        assertThat(reference.exhaustedTonnes()).isEqualTo(100);
        // U1 on time at 72, U2 at 96 (24 h), U3 at the horizon end 108 (36 h)
        assertThat(reference.weightedLateHours().orElseThrow()).isCloseTo(60, within(1e-6));
        assertThat(reference.weightedLateHours().orElseThrow())
                .isCloseTo(exact.weightedLateHours().orElseThrow(), within(1e-6));
    }

    @Test
    void neverExceedsTheExactOptimumOnRandomTinyInstances() {
        List<TestScenarios.Solved> solved = TestScenarios.tinySolved(20261123, 20, SIX_HOURLY);
        for (TestScenarios.Solved instance : solved) {
            ReferenceResult reference = TimeExpandedReference.solve(instance.scenario(), SIX_HOURLY);
            assertThat(reference.status()).as(instance.replay()).isEqualTo("OPTIMAL");
            assertThat(reference.weightedLateHours().orElseThrow()).as(instance.replay())
                    .isLessThanOrEqualTo(instance.optimum() + 1e-6);
        }
        assertThat(solved).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void refusesNetworksBeyondTheCap() {
        ReferenceResult reference = TimeExpandedReference.solve(ReferenceSolversTest.gaugeBreak(), DAILY, 3);
        assertThat(reference.status()).isEqualTo("TOO_LARGE");
        assertThat(reference.weightedLateHours()).isEmpty();
        assertThat(reference.arcs()).isGreaterThan(3);
    }
}
