package org.bulwark.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.bulwark.campaign.CampaignAssessment.ConvergencePoint;
import org.bulwark.campaign.CampaignAssessment.HeldPoint;
import org.bulwark.campaign.CampaignAssessment.ObjectiveOutlook;
import org.bulwark.model.CampaignParameter;
import org.bulwark.model.Distribution;
import org.bulwark.model.ScenarioInput;
import org.junit.jupiter.api.Test;

class MonteCarloCampaignTest {
    private static final MonteCarloOptions OPTIONS = MonteCarloOptions.DEFAULT.withRuns(2_000).withSensitivityRuns(200);

    @Test
    void theSameSeedGivesBitIdenticalResultsOnOneTwoAndFourThreads() {
        CampaignAssessment one = MonteCarloCampaign.assess(BundledCampaign.UNCERTAIN, OPTIONS.withThreads(1),
                CampaignProgress.NONE);
        CampaignAssessment two = MonteCarloCampaign.assess(BundledCampaign.UNCERTAIN, OPTIONS.withThreads(2),
                CampaignProgress.NONE);
        CampaignAssessment four = MonteCarloCampaign.assess(BundledCampaign.UNCERTAIN, OPTIONS.withThreads(4),
                CampaignProgress.NONE);
        assertThat(two).isEqualTo(one);
        assertThat(four).isEqualTo(one);
        CampaignAssessment otherSeed = MonteCarloCampaign.assess(BundledCampaign.UNCERTAIN, OPTIONS.withSeed(2),
                CampaignProgress.NONE);
        assertThat(otherSeed).isNotEqualTo(one);
    }

    @Test
    void confidenceIntervalsShrinkAsOneOverTheRootOfTheRuns() {
        CampaignAssessment a = MonteCarloCampaign.assess(BundledCampaign.UNCERTAIN,
                OPTIONS.withRuns(8_000).withSensitivityRuns(0), CampaignProgress.NONE);
        List<ConvergencePoint> points = a.convergence();
        assertThat(points).extracting(ConvergencePoint::runs).containsExactly(500, 1000, 2000, 4000, 8000);
        ConvergencePoint quarter = points.get(2);
        ConvergencePoint all = points.get(4);
        assertThat(all.halfWidth()).isPositive();
        // Four times the runs: half the half-width (within the noise of the standard deviation estimate).
        assertThat(all.halfWidth() / quarter.halfWidth()).isCloseTo(0.5, within(0.1));
        assertThat(all.meanObjectivesHeld()).isCloseTo(quarter.meanObjectivesHeld(), within(3 * quarter.halfWidth()));
    }

    @Test
    void everyEstimateStaysInRange() {
        CampaignAssessment a = MonteCarloCampaign.assess(BundledCampaign.UNCERTAIN, OPTIONS, CampaignProgress.NONE);
        assertThat(a.objectives()).hasSize(BundledCampaign.MODEL.objectives().size());
        for (ObjectiveOutlook o : a.objectives()) {
            double previous = 1;
            for (HeldPoint p : o.held()) {
                assertThat(p.probability()).isBetween(0.0, 1.0).isLessThanOrEqualTo(previous);
                assertThat(p.low()).isBetween(0.0, p.probability());
                assertThat(p.high()).isBetween(p.probability(), 1.0);
                previous = p.probability();
            }
            assertThat(o.held().get(o.held().size() - 1).hoursAfterD()).isEqualTo(30 * 24);
            assertThat(o.timeToFall().neverFalls()).isEqualTo(o.held().get(o.held().size() - 1).probability());
            if (o.timeToFall().p95().isPresent()) {
                assertThat(o.timeToFall().p5().getAsDouble()).isLessThanOrEqualTo(o.timeToFall().p50().getAsDouble())
                        .isLessThanOrEqualTo(o.timeToFall().p95().getAsDouble()).isLessThanOrEqualTo(720);
            }
        }
        for (CampaignAssessment.Attrition side : List.of(a.attacker(), a.defender())) {
            assertThat(side.p5()).isLessThanOrEqualTo(side.p50()).isLessThanOrEqualTo(side.p95());
            assertThat(side.meanShare()).isBetween(0.0, 1.0);
        }
        a.axes().forEach(axis -> axis.points().forEach(p -> {
            assertThat(p.opposedShare() + p.unopposedShare()).isBetween(0.0, 1.0 + 1e-12);
            if (p.opposedShare() > 0) {
                assertThat(p.p5()).isLessThanOrEqualTo(p.p50()).isLessThanOrEqualTo(p.p95());
            }
        }));
        assertThat(a.sensitivity()).hasSize(5);
        a.sensitivity().forEach(s -> assertThat(s.rankCorrelation()).isBetween(-1.0, 1.0));
        assertThat(a.meanObjectivesHeld()).isBetween(0.0, (double) a.objectives().size());
    }

    @Test
    void theTornadoRanksWhatMovesTheOutcome() {
        // Attacker effectiveness spans a factor of two here, the defenders' a few per cent.
        CampaignModel model = contested().uncertain(ScenarioInput.ATTACKER_EFFECTIVENESS,
                new Distribution.Uniform(0.6, 1.4)).uncertain(ScenarioInput.DEFENDER_EFFECTIVENESS,
                new Distribution.Uniform(0.98, 1.02)).model();
        CampaignAssessment a = MonteCarloCampaign.assess(model, OPTIONS.withRuns(1_000), CampaignProgress.NONE);
        assertThat(a.sensitivity()).extracting(CampaignAssessment.Sensitivity::input)
                .containsExactly(ScenarioInput.ATTACKER_EFFECTIVENESS, ScenarioInput.DEFENDER_EFFECTIVENESS);
        CampaignAssessment.Sensitivity top = a.sensitivity().get(0);
        assertThat(top.heldAtHigh()).isLessThan(top.heldAtLow());
        assertThat(top.rankCorrelation()).isLessThan(-0.2);
        // the held series at each end starts with every objective, never rises, and ends at the end's mean
        for (boolean high : new boolean[] {false, true}) {
            List<Double> series = high ? top.heldOverTimeAtHigh() : top.heldOverTimeAtLow();
            assertThat(series.get(0)).isEqualTo(2.0);
            for (int i = 1; i < series.size(); i++) {
                assertThat(series.get(i)).isLessThanOrEqualTo(series.get(i - 1));
            }
            assertThat(top.heldAt(model.days() * 24, high)).isEqualTo(high ? top.heldAtHigh() : top.heldAtLow());
        }
    }

    /** Two axes against two objectives, defenders a close match, with luck: a contest either side can win. */
    private static TestdataCampaign contested() {
        return TestdataCampaign.builder().hostileNode("A").node("X").node("Y").road("A", "X", 60).road("A", "Y", 80)
                .objective("x", "X").objective("y", "Y").attacker("area", "A", "red1", 4).attacker("area", "A", "red2", 4)
                .axis("to-x", "area", "x").axis("to-y", "area", "y").defender("blue-x", "X", 3.0)
                .defender("blue-y", "Y", 3.2).days(15).set(CampaignParameter.DAILY_ATTRITION_SIGMA, 0.4)
                .set(CampaignParameter.DEFENDER_BREAK_FRACTION, 0.4).set(CampaignParameter.ATTACKER_BREAK_FRACTION, 0.5);
    }

    private static double heldAtEnd(CampaignAssessment a, int objective) {
        List<HeldPoint> held = a.objectives().get(objective).held();
        return held.get(held.size() - 1).probability();
    }

    private static double noise(CampaignAssessment a, int objective) {
        HeldPoint p = a.objectives().get(objective).held().get(a.objectives().get(objective).held().size() - 1);
        return p.high() - p.low();
    }

    @Property(tries = 15)
    void moreOrStrongerDefendersNeverLowerTheChanceOfHolding(@ForAll @DoubleRange(min = 0.1, max = 3) double extra,
                                                             @ForAll @DoubleRange(min = 1, max = 1.5) double better) {
        MonteCarloOptions options = OPTIONS.withRuns(600).withSensitivityRuns(0);
        CampaignAssessment base = MonteCarloCampaign.assess(contested().uncertain(ScenarioInput.ATTACKER_EFFECTIVENESS,
                new Distribution.LogNormal(1, 0.2)).model(), options, CampaignProgress.NONE);
        CampaignAssessment more = MonteCarloCampaign.assess(contested().uncertain(ScenarioInput.ATTACKER_EFFECTIVENESS,
                new Distribution.LogNormal(1, 0.2)).defender("blue-x2", "X", extra).model(), options, CampaignProgress.NONE);
        CampaignAssessment stronger = MonteCarloCampaign.assess(contested().uncertain(ScenarioInput.ATTACKER_EFFECTIVENESS,
                new Distribution.LogNormal(1, 0.2)).uncertain(ScenarioInput.DEFENDER_EFFECTIVENESS,
                new Distribution.Fixed(better)).model(), options, CampaignProgress.NONE);
        for (int o = 0; o < 2; o++) {
            assertThat(heldAtEnd(more, o)).isGreaterThanOrEqualTo(heldAtEnd(base, o) - noise(base, o) / 2);
            assertThat(heldAtEnd(stronger, o)).isGreaterThanOrEqualTo(heldAtEnd(base, o) - noise(base, o) / 2);
        }
    }

    @Property(tries = 15)
    void aStrongerAttackerNeverRaisesTheChanceOfHolding(@ForAll @DoubleRange(min = 1, max = 1.6) double stronger) {
        MonteCarloOptions options = OPTIONS.withRuns(600).withSensitivityRuns(0);
        CampaignAssessment base = MonteCarloCampaign.assess(contested().model(), options, CampaignProgress.NONE);
        CampaignAssessment harder = MonteCarloCampaign.assess(contested().uncertain(ScenarioInput.ATTACKER_EFFECTIVENESS,
                new Distribution.Fixed(stronger)).model(), options, CampaignProgress.NONE);
        for (int o = 0; o < 2; o++) {
            assertThat(heldAtEnd(harder, o)).isLessThanOrEqualTo(heldAtEnd(base, o) + noise(base, o) / 2);
        }
    }

    @Test
    void theContestIsActuallyUncertainSoTheMonotonicityChecksCanFail() {
        CampaignAssessment base = MonteCarloCampaign.assess(contested().uncertain(ScenarioInput.ATTACKER_EFFECTIVENESS,
                new Distribution.LogNormal(1, 0.2)).model(), OPTIONS.withRuns(600).withSensitivityRuns(0),
                CampaignProgress.NONE);
        assertThat(heldAtEnd(base, 0)).isBetween(0.05, 0.95);
        assertThat(heldAtEnd(base, 1)).isBetween(0.05, 0.95);
    }

    @Test
    void wilsonIntervalsMatchTheTextbook() {
        // Wilson (1927): 8 of 10, z = 1.96 → [0.490, 0.943].
        HeldPoint p = MonteCarloCampaign.wilson(0, 8, 10);
        assertThat(p.low()).isCloseTo(0.4902, within(1e-3));
        assertThat(p.high()).isCloseTo(0.9433, within(1e-3));
        assertThat(MonteCarloCampaign.spearman(new double[] {1, 2, 3, 4}, new double[] {10, 20, 30, 40})).isEqualTo(1.0);
        assertThat(MonteCarloCampaign.spearman(new double[] {1, 2, 3, 4}, new double[] {4, 3, 2, 1})).isEqualTo(-1.0);
    }
}
