package org.bulwark.targets.spending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.bulwark.model.DefenceSpending;
import org.bulwark.model.NationCode;
import org.bulwark.model.Source;
import org.bulwark.model.Spending;
import org.junit.jupiter.api.Test;

/** Statuses and projections on hand-made series whose answers are worked out by hand. */
class CommitmentAssessorTest {
    private static final CommitmentAssessor ASSESSOR = CommitmentAssessor.standard();

    private static NationAssessment assess(Spending spending, String nation, int year) {
        return ASSESSOR.assess(spending, year).nation(NationCode.of(nation)).orElseThrow();
    }

    @Test
    void atOrAboveTheTargetIsMet() {
        Assessment two = assess(new TestdataSpending().pct("AAA", 2018, 1.0, 2.0).build(), "AAA", 2019)
                .against(CommitmentKind.TWO_PERCENT);
        assertThat(two.status()).isEqualTo(Status.MET);
        assertThat(two.value()).hasValue(2.0);
        assertThat(two.projectedPct()).isEmpty();
    }

    @Test
    void risingTrendThatReachesTheTargetBeforeItIsDueIsOnTrack() {
        // 2019-2022: 1.6, 1.7, 1.8, 1.9 -> slope 0.1 pp/yr; from 1.9 in 2022, 2024 gives 2.1 >= 2.
        Assessment two = assess(new TestdataSpending().pct("AAA", 2019, 1.6, 1.7, 1.8, 1.9).build(), "AAA", 2022)
                .against(CommitmentKind.TWO_PERCENT);
        assertThat(two.basis().notes()).isEqualTo("Wales");
        assertThat(two.dueYear()).hasValue(2024);
        assertThat(two.status()).isEqualTo(Status.ON_TRACK);
        assertThat(two.trend().orElseThrow().slopePerYear()).isCloseTo(0.1, within(1e-12));
        assertThat(two.trend().orElseThrow().firstYear()).isEqualTo(2019);
        assertThat(two.trend().orElseThrow().points()).isEqualTo(4);
        assertThat(two.projectedPct().getAsDouble()).isCloseTo(2.1, within(1e-12));
        assertThat(two.extrapolated()).isFalse();
    }

    @Test
    void flatTrendBelowTheTargetIsOffTrack() {
        Assessment two = assess(new TestdataSpending().pct("AAA", 2018, 1.5, 1.5, 1.5, 1.5, 1.5).build(), "AAA", 2022)
                .against(CommitmentKind.TWO_PERCENT);
        assertThat(two.status()).isEqualTo(Status.OFF_TRACK);
        assertThat(two.projectedPct().getAsDouble()).isCloseTo(1.5, within(1e-12));
        assertThat(two.reason()).isEqualTo("trend falls short by 2024");
    }

    @Test
    void tooFewYearsIsNotAssessed() {
        Assessment two = assess(new TestdataSpending().pct("AAA", 2021, 1.5, 1.9).build(), "AAA", 2022)
                .against(CommitmentKind.TWO_PERCENT);
        assertThat(two.status()).isEqualTo(Status.NOT_ASSESSED);
        assertThat(two.trend()).isEmpty();
        assertThat(two.reason()).isEqualTo("too few years for a trend (fewer than 3 figures in 2018-2022)");
    }

    @Test
    void belowTheVilniusFloorFrom2024IsOffTrackWhateverTheTrend() {
        Assessment two = assess(new TestdataSpending().pct("AAA", 2020, 1.0, 1.3, 1.6, 1.9, 1.99).build(), "AAA", 2024)
                .against(CommitmentKind.TWO_PERCENT);
        assertThat(two.basis().notes()).isEqualTo("Vilnius");
        assertThat(two.status()).isEqualTo(Status.OFF_TRACK);
        assertThat(two.reason()).isEqualTo("below the floor that applies from 2024");
        assertThat(two.projectedPct()).isEmpty();
    }

    @Test
    void olsSlopeUsesOnlyTheLastFiveYears() {
        // 2015-2019 wildly high, then 2020-2024: 1, 2, 2, 3, 5 -> slope 9.0 / 10 = 0.9 pp/yr.
        Spending spending = new TestdataSpending().pct("AAA", 2015, 9, 9, 9, 9, 9, 1, 2, 2, 3, 5).build();
        Assessment core = assess(spending, "AAA", 2024).against(CommitmentKind.CORE_2035);
        Trend trend = core.trend().orElseThrow();
        assertThat(trend.firstYear()).isEqualTo(2020);
        assertThat(trend.lastYear()).isEqualTo(2024);
        assertThat(trend.slopePerYear()).isCloseTo(0.9, within(1e-12));
        // Already at 5 % in 2024, so the 3.5 % is met without a projection.
        assertThat(core.status()).isEqualTo(Status.MET);
    }

    @Test
    void projectionsFurtherAheadThanTheDataReachesAreMarkedExtrapolated() {
        // 2020-2024: 2.0 .. 2.4 (slope 0.1); 3.5 % due 2035 is 11 years ahead of a 4-year span: 2.4 + 1.1 = 3.5.
        Assessment core = assess(new TestdataSpending().pct("AAA", 2020, 2.0, 2.1, 2.2, 2.3, 2.4).build(), "AAA", 2024)
                .against(CommitmentKind.CORE_2035);
        assertThat(core.dueYear()).hasValue(2035);
        assertThat(core.projectedPct().getAsDouble()).isCloseTo(3.5, within(1e-9));
        assertThat(core.extrapolated()).isTrue();
        assertThat(core.reason()).contains("projected 11 years ahead on 4 years of data");
    }

    @Test
    void equipmentShareIsMeasuredAgainstTwentyPercent() {
        Spending spending = new TestdataSpending()
                .row(TestdataSpending.figures("AAA", 2020, 1.5, 10, 150, 10))
                .row(TestdataSpending.figures("AAA", 2021, 1.5, 14, 150, 10))
                .row(TestdataSpending.figures("AAA", 2022, 1.5, 18, 150, 10))
                .build();
        Assessment equipment = assess(spending, "AAA", 2022).against(CommitmentKind.EQUIPMENT);
        assertThat(equipment.measure()).isEqualTo(Measure.EQUIPMENT_PCT_DEFENCE);
        assertThat(equipment.targetPct()).isEqualTo(20.0);
        // slope 4 pp/yr: 18 + 4 x 2 = 26 >= 20 by 2024.
        assertThat(equipment.status()).isEqualTo(Status.ON_TRACK);
        assertThat(equipment.projectedPct().getAsDouble()).isCloseTo(26, within(1e-9));
    }

    @Test
    void nationalPledgesAreReadAsPublishedAndOnlyOnceAnnounced() {
        Spending spending = new TestdataSpending().pct("AAA", 2020, 2.0, 2.2, 2.4, 2.6, 2.8)
                .pledge("AAA", 3.0, "2026-2030", "2023-01")
                .pledge("AAA", 4.0, "", "2022")
                .pledge("AAA", 2.5, "2024", "")
                .pledge("AAA", 5.0, "2030", "2025-03")
                .pledge("BBB", 2.0, "2020", "2019")
                .build();
        List<Assessment> pledges = assess(spending, "AAA", 2024).pledges();
        assertThat(pledges).extracting(Assessment::targetPct).containsExactly(3.0, 4.0, 2.5);
        Assessment period = pledges.get(0);
        assertThat(period.timing()).isEqualTo(new PledgeTiming.Period(2026, 2030));
        assertThat(period.dueYear()).hasValue(2026);
        // slope 0.2: 2.8 + 0.4 = 3.2 >= 3.0
        assertThat(period.status()).isEqualTo(Status.ON_TRACK);
        Assessment undated = pledges.get(1);
        assertThat(undated.status()).isEqualTo(Status.NOT_ASSESSED);
        assertThat(undated.reason()).isEqualTo("below the target; the pledge gives no year");
        assertThat(pledges.get(2).status()).isEqualTo(Status.MET);
    }

    @Test
    void alliancesTotalsAreExactSumsAndSharesAddUp() {
        Spending spending = new TestdataSpending()
                .row(TestdataSpending.figures("USA", 2024, 3.38, 30.5, 967707, 28781.1))
                .row(TestdataSpending.figures("EST", 2024, 3.43, 29.45, 1390, 40.4))
                .row(TestdataSpending.figures("LTU", 2024, 2.85, 38.89, 2249, 79.2))
                .build();
        SpendingReport report = ASSESSOR.assess(spending, 2024);
        AllianceAggregate nato = report.aggregates().get(0);
        assertThat(nato.group()).isEqualTo(AllianceAggregate.NATO);
        assertThat(nato.defenceUsdMillions()).isEqualTo(971346.0);
        assertThat(nato.gdpUsdBillions()).isEqualTo(28900.7);
        AllianceAggregate europe = report.aggregates().get(1);
        assertThat(europe.members()).extracting(NationCode::value).containsExactly("EST", "LTU");
        assertThat(europe.gdpUsdBillions()).isEqualTo(119.6);
        assertThat(europe.pctGdpCurrentPrices()).isCloseTo(3639.0 / 119600 * 100, within(1e-12));
        BurdenSharing shares = report.burdenSharing().orElseThrow();
        assertThat(shares.shares().stream().mapToDouble(BurdenShare::gdpSharePct).sum()).isCloseTo(100, within(1e-9));
        assertThat(shares.shares().stream().mapToDouble(BurdenShare::defenceSharePct).sum()).isCloseTo(100, within(1e-9));
        assertThat(shares.shares().get(1).defenceSharePct()).isCloseTo(1390 / 971346.0 * 100, within(1e-12));
    }

    @Test
    void withoutCashFiguresThereAreNoTotals() {
        Spending spending = new TestdataSpending().pct("AAA", 2024, 2.5)
                .row(new DefenceSpending(NationCode.of("BBB"), 2024, OptionalDouble.of(2.0), OptionalDouble.empty(),
                        OptionalDouble.empty(), OptionalDouble.empty(), TestdataSpending.PRESS))
                .build();
        SpendingReport report = ASSESSOR.assess(spending, 2024);
        assertThat(report.withoutCashFigures()).extracting(NationCode::value).containsExactly("BBB");
        assertThat(report.aggregates()).isEmpty();
        assertThat(report.burdenSharing()).isEmpty();
        assertThat(report.nations()).hasSize(2);
    }

    @Test
    void aFurtherShareColumnSitsBesideGdpAndDefence() {
        Spending spending = new TestdataSpending().pct("AAA", 2024, 2.5).pct("BBB", 2024, 1.5).build();
        BurdenSharing shares = ASSESSOR.assess(spending, 2024).burdenSharing().orElseThrow()
                .with(new ShareColumn("requirement", Map.of(NationCode.of("AAA"), 70.0, NationCode.of("BBB"), 30.0),
                        Source.NONE));
        assertThat(shares.columnNames()).containsExactly("gdp", "defence", "requirement");
        assertThat(shares.columns().get(0).of(NationCode.of("BBB"))).isEqualTo(30.0);
        assertThat(shares.shares().get(0).ratio()).isCloseTo(62.5 / 50, within(1e-12));
        assertThatThrownBy(() -> shares.with(new ShareColumn("requirement", Map.of(), Source.NONE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must differ");
    }

    @Test
    void aYearWithoutFiguresIsRefused() {
        Spending spending = new TestdataSpending().pct("AAA", 2020, 2.5).build();
        assertThatThrownBy(() -> ASSESSOR.assess(spending, 2021))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no ally has a figure for 2021; years with figures: [2020]");
    }

    @Test
    void sameInputSameReport() {
        Spending spending = new TestdataSpending().pct("AAA", 2018, 1.1, 1.4, 1.2, 1.8, 1.7).pledge("AAA", 2.5, "2027", "2021").build();
        assertThat(ASSESSOR.assess(spending, 2022)).isEqualTo(ASSESSOR.assess(spending, 2022));
    }
}
