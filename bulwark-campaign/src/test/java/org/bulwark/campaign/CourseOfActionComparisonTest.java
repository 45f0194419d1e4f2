package org.bulwark.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.bulwark.campaign.Comparison.Estimate;
import org.bulwark.campaign.Comparison.Measure;
import org.bulwark.campaign.CourseOfActionComparison.Variant;
import org.bulwark.model.CampaignParameter;
import org.bulwark.model.Distribution;
import org.bulwark.model.NodeId;
import org.bulwark.model.ScenarioInput;
import org.bulwark.model.UnitId;
import org.junit.jupiter.api.Test;

class CourseOfActionComparisonTest {
    private static final MonteCarloOptions OPTIONS = MonteCarloOptions.DEFAULT.withRuns(1_000).withSensitivityRuns(0);

    private static TestdataCampaign contested() {
        return TestdataCampaign.builder().hostileNode("A").node("X").node("Y").road("A", "X", 60).road("A", "Y", 80)
                .objective("x", "X").objective("y", "Y").attacker("area", "A", "red1", 4).attacker("area", "A", "red2", 4)
                .axis("to-x", "area", "x").axis("to-y", "area", "y").defender("blue-x", "X", 2.8)
                .defender("blue-y", "Y", 3.0).days(15).set(CampaignParameter.DAILY_ATTRITION_SIGMA, 0.4)
                .set(CampaignParameter.DEFENDER_BREAK_FRACTION, 0.4).set(CampaignParameter.ATTACKER_BREAK_FRACTION, 0.5)
                .uncertain(ScenarioInput.ATTACKER_EFFECTIVENESS, new Distribution.LogNormal(1, 0.2));
    }

    @Test
    void identicalVariantsDifferByExactlyZero() {
        Comparison c = CourseOfActionComparison.compare(List.of(new Variant("base", contested().model()),
                new Variant("same", contested().model())), 10, OPTIONS, CampaignProgress.NONE);
        assertThat(c.variants()).containsExactly("base", "same");
        assertThat(c.measures()).extracting(Measure::name).containsExactly("x", "y", Comparison.ALL);
        for (Measure m : c.measures()) {
            Estimate same = m.estimates().get(1);
            assertThat(same.held()).isEqualTo(m.estimates().get(0).held());
            assertThat(same.difference()).isZero();
            assertThat(same.differenceLow()).isZero();
            assertThat(same.differenceHigh()).isZero();
        }
        // The contest is uncertain, so a zero difference is common random numbers at work, not a degenerate case.
        assertThat(c.measures().get(2).estimates().get(0).held().probability()).isStrictlyBetween(0.05, 0.95);
    }

    @Test
    void aStrictlyStrongerVariantShowsAPositiveDifferenceWithConfidence() {
        CampaignModel base = contested().model();
        CampaignModel stronger = base.withAddedDefenders(List.of(
                new AddedDefender(UnitId.of("extra-x"), NodeId.of("X"), 1.0, ArrivalTime.C_DAY)));
        Comparison c = CourseOfActionComparison.compare(List.of(new Variant("base", base),
                new Variant("stronger", stronger)), 10, OPTIONS.withThreads(2), CampaignProgress.NONE);
        Estimate x = c.measures().get(0).estimates().get(1);
        Estimate all = c.measures().get(2).estimates().get(1);
        assertThat(x.difference()).isPositive();
        assertThat(x.differenceLow()).isPositive();
        assertThat(all.differenceLow()).isPositive();
        // Paired: the difference's interval is narrower than that of two independent estimates.
        double p0 = c.measures().get(0).estimates().get(0).held().probability();
        double p1 = x.held().probability();
        double unpaired = 2 * 1.96 * Math.sqrt((p0 * (1 - p0) + p1 * (1 - p1)) / c.runs());
        assertThat(x.differenceHigh() - x.differenceLow()).isLessThan(unpaired);
        // Y is untouched: its difference is exactly zero on common random numbers.
        assertThat(c.measures().get(1).estimates().get(1).difference()).isZero();
        assertThat(c.measures().get(0).estimates().get(0).difference()).isZero();
    }

    @Test
    void variantsMustShareTheirObjectives() {
        CampaignModel other = TestdataCampaign.duel(1, 1).model();
        assertThatThrownBy(() -> CourseOfActionComparison.compare(List.of(new Variant("base", contested().model()),
                new Variant("other", other)), 5, OPTIONS, CampaignProgress.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other");
        assertThatThrownBy(() -> CourseOfActionComparison.compare(List.of(new Variant("base", contested().model())), 16,
                OPTIONS, CampaignProgress.NONE)).isInstanceOf(IllegalArgumentException.class);
    }
}
