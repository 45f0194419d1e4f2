package org.bulwark.targets.spending;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.bulwark.model.DefenceSpending;
import org.bulwark.model.NationCode;
import org.bulwark.model.Spending;
import org.bulwark.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/** The engine over the bundled NATO data: figures pass through unchanged, every year, every ally. */
class BundledSpendingTest {
    private static final Spending BUNDLED = ReferenceData.bundledSpending();
    private static final CommitmentAssessor ASSESSOR = CommitmentAssessor.standard();

    @Test
    void everyRowOfEveryYearIsReportedAsPublished() {
        int reported = 0;
        for (int year : SpendingYears.years(BUNDLED)) {
            SpendingReport report = ASSESSOR.assess(BUNDLED, year);
            assertThat(report.nations().size() + report.withoutFigures().size()).as("allies in " + year).isEqualTo(32);
            for (NationAssessment nation : report.nations()) {
                DefenceSpending published = BUNDLED.series().stream()
                        .filter(r -> r.nation().equals(nation.nation()) && r.year() == year).findFirst().orElseThrow();
                assertThat(nation.figures()).isEqualTo(published);
                assertThat(nation.against(CommitmentKind.TWO_PERCENT).value()).isEqualTo(published.defencePctGdp());
                assertThat(nation.against(CommitmentKind.EQUIPMENT).value()).isEqualTo(published.equipmentPctDefence());
                reported++;
            }
        }
        assertThat(reported).isEqualTo((int) BUNDLED.series().stream().filter(DefenceSpending::hasData).count());
    }

    @Test
    void theDefaultYearIsTheLatestCompleteOne() {
        assertThat(SpendingYears.latestComplete(BUNDLED)).isEqualTo(2024);
        assertThat(SpendingYears.years(BUNDLED)).first().isEqualTo(2014);
        assertThat(SpendingYears.years(BUNDLED)).last().isEqualTo(2025);
        assertThat(SpendingYears.years(BUNDLED, NationCode.of("DEU"))).last().isEqualTo(2024);
        assertThat(SpendingYears.years(BUNDLED, NationCode.of("ISL"))).isEmpty();
    }

    @Test
    void theGuidelinesAreFoundInThePledges() {
        AllianceGuidelines guidelines = AllianceGuidelines.from(BUNDLED.commitments());
        assertThat(guidelines.wales().announced()).isEqualTo("2014-09-05");
        assertThat(guidelines.vilnius().byYear()).isEqualTo("annual (minimum)");
        assertThat(guidelines.hague().targetPctGdp()).isEqualTo(3.5);
        assertThat(guidelines.floorFrom()).isEqualTo(2024);
    }

    @Test
    void knownFigures2024() {
        SpendingReport report = ASSESSOR.assess(BUNDLED, 2024);
        NationAssessment poland = report.nation(NationCode.of("POL")).orElseThrow();
        assertThat(poland.figures().defencePctGdp()).hasValue(4.12);
        assertThat(poland.against(CommitmentKind.TWO_PERCENT).status()).isEqualTo(Status.MET);
        assertThat(poland.against(CommitmentKind.CORE_2035).status()).isEqualTo(Status.MET);
        assertThat(report.withoutFigures()).extracting(NationCode::value).containsExactly("ISL");
        assertThat(report.aggregates()).hasSize(2);
        // NATO total = the exact sum of the published defence figures of 2024.
        BigDecimal sum = BUNDLED.series().stream().filter(r -> r.year() == 2024 && r.hasData())
                .map(r -> BigDecimal.valueOf(r.defenceUsdMillions().getAsDouble())).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(BigDecimal.valueOf(report.aggregates().get(0).defenceUsdMillions())).isEqualByComparingTo(sum);
        assertThat(report.aggregates().get(1).members()).hasSize(30).doesNotContain(NationCode.of("USA"));
    }

    @Test
    void partial2025HasNoTotals() {
        SpendingReport report = ASSESSOR.assess(BUNDLED, 2025);
        assertThat(report.nations()).hasSize(16);
        assertThat(report.withoutCashFigures()).hasSize(16);
        assertThat(report.aggregates()).isEmpty();
        assertThat(report.withoutFigures()).contains(NationCode.of("DEU"), NationCode.of("ISL"));
        // LTU 2025: 5-6 % over 2026-2030 was announced in January 2025 and is due in 2026.
        List<Assessment> lithuania = report.nation(NationCode.of("LTU")).orElseThrow().pledges();
        Assessment period = lithuania.stream().filter(a -> a.timing() instanceof PledgeTiming.Period).findFirst().orElseThrow();
        assertThat(period.dueYear()).hasValue(2026);
        assertThat(period.trend().orElseThrow().mixesSources()).isTrue();
    }
}
