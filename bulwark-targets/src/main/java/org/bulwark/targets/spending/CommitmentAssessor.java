package org.bulwark.targets.spending;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.bulwark.model.Commitment;
import org.bulwark.model.DefenceSpending;
import org.bulwark.model.NationCode;
import org.bulwark.model.Spending;

/**
 * Measures every ally's published defence spending in one year against the Alliance guidelines
 * and its own pledges, adds up the Alliance and forms the burden-sharing view. Pure: the same
 * spending data and year give the same report.
 *
 * <p>Which 2 % applies: before the Vilnius floor takes effect (2024), the Wales 2014 pledge to move
 * towards 2 % within a decade (due 2024, so a nation below it can be on track); from 2024, the
 * Vilnius floor (below it is off track). A national pledge is assessed in a year only when it had
 * been announced by then (pledges with no announcement date always are). Statuses follow
 * {@link ProjectionMethod}.
 */
public final class CommitmentAssessor {
    private static final NationCode UNITED_STATES = NationCode.of("USA");

    private final ProjectionMethod method;

    public CommitmentAssessor(ProjectionMethod method) {
        this.method = Objects.requireNonNull(method, "method");
    }

    /** An assessor with {@link ProjectionMethod#DEFAULT}. */
    public static CommitmentAssessor standard() {
        return new CommitmentAssessor(ProjectionMethod.DEFAULT);
    }

    /**
     * The report for {@code year}.
     *
     * @throws IllegalArgumentException when no ally has a figure in {@code year} (check with
     *                                  {@link SpendingYears#years(Spending)} first), or the pledges
     *                                  lack the Alliance guidelines
     */
    public SpendingReport assess(Spending spending, int year) {
        Objects.requireNonNull(spending, "spending");
        if (!SpendingYears.years(spending).contains(year)) {
            throw new IllegalArgumentException("no ally has a figure for " + year + "; years with figures: "
                    + SpendingYears.years(spending));
        }
        AllianceGuidelines guidelines = AllianceGuidelines.from(spending.commitments());
        Map<NationCode, TreeMap<Integer, DefenceSpending>> series = SpendingYears.byNation(spending);
        List<NationAssessment> nations = new ArrayList<>();
        List<NationCode> without = new ArrayList<>();
        List<NationCode> withoutCash = new ArrayList<>();
        for (Map.Entry<NationCode, TreeMap<Integer, DefenceSpending>> entry : series.entrySet()) {
            DefenceSpending row = entry.getValue().get(year);
            if (row == null || !row.hasData()) {
                without.add(entry.getKey());
                continue;
            }
            if (row.defenceUsdMillions().isEmpty() || row.gdpUsdBillions().isEmpty()) {
                withoutCash.add(entry.getKey());
            }
            nations.add(assessNation(entry.getValue(), row, guidelines, spending.commitments()));
        }
        List<AllianceAggregate> aggregates = List.of();
        Optional<BurdenSharing> shares = Optional.empty();
        if (withoutCash.isEmpty()) {
            List<DefenceSpending> rows = nations.stream().map(NationAssessment::figures).toList();
            aggregates = List.of(aggregate(AllianceAggregate.NATO, rows),
                    aggregate(AllianceAggregate.EUROPE_AND_CANADA,
                            rows.stream().filter(r -> !r.nation().equals(UNITED_STATES)).toList()));
            // Shares of a zero total are undefined: no view rather than NaN.
            shares = aggregates.get(0).defenceUsdMillions() > 0 ? Optional.of(burdenSharing(year, rows)) : Optional.empty();
        }
        return new SpendingReport(year, method, guidelines, nations, without, withoutCash, aggregates, shares);
    }

    private NationAssessment assessNation(TreeMap<Integer, DefenceSpending> byYear, DefenceSpending row,
            AllianceGuidelines guidelines, List<Commitment> commitments) {
        int year = row.year();
        Optional<Trend> pctTrend = method.trend(byYear, Measure.DEFENCE_PCT_GDP, year);
        Optional<Trend> equipmentTrend = method.trend(byYear, Measure.EQUIPMENT_PCT_DEFENCE, year);
        List<Assessment> assessments = new ArrayList<>();
        Commitment two = year >= guidelines.floorFrom() ? guidelines.vilnius() : guidelines.wales();
        assessments.add(assess(CommitmentKind.TWO_PERCENT, two, Measure.DEFENCE_PCT_GDP, AllianceGuidelines.TWO_PERCENT,
                row, pctTrend));
        assessments.add(assess(CommitmentKind.CORE_2035, guidelines.hague(), Measure.DEFENCE_PCT_GDP,
                guidelines.hague().targetPctGdp(), row, pctTrend));
        assessments.add(assess(CommitmentKind.EQUIPMENT, guidelines.wales(), Measure.EQUIPMENT_PCT_DEFENCE,
                AllianceGuidelines.EQUIPMENT_PERCENT, row, equipmentTrend));
        for (Commitment pledge : commitments) {
            if (pledge.nation().filter(row.nation()::equals).isEmpty()) {
                continue;
            }
            OptionalInt announced = PledgeTiming.announcedYear(pledge.announced());
            if (announced.isPresent() && announced.getAsInt() > year) {
                continue;
            }
            assessments.add(assess(CommitmentKind.NATIONAL, pledge, Measure.DEFENCE_PCT_GDP, pledge.targetPctGdp(),
                    row, pctTrend));
        }
        return new NationAssessment(row, pctTrend, assessments);
    }

    private Assessment assess(CommitmentKind kind, Commitment basis, Measure measure, double target,
            DefenceSpending row, Optional<Trend> trend) {
        PledgeTiming timing = PledgeTiming.parse(basis.byYear());
        OptionalInt due = timing.dueYear(PledgeTiming.announcedYear(basis.announced()));
        ProjectionMethod.Verdict verdict = method.judge(measure.of(row), target, due, row.year(), trend,
                timing instanceof PledgeTiming.Standing);
        return new Assessment(kind, basis, measure, target, timing, due, measure.of(row), verdict.status(),
                verdict.reason(), trend, verdict.projected(), verdict.extrapolated());
    }

    private static AllianceAggregate aggregate(String group, List<DefenceSpending> rows) {
        BigDecimal defence = BigDecimal.ZERO;
        BigDecimal gdp = BigDecimal.ZERO;
        for (DefenceSpending row : rows) {
            defence = defence.add(exact(row.defenceUsdMillions().getAsDouble()));
            gdp = gdp.add(exact(row.gdpUsdBillions().getAsDouble()));
        }
        return new AllianceAggregate(group, rows.stream().map(DefenceSpending::nation).toList(), defence.doubleValue(),
                gdp.doubleValue());
    }

    private static BurdenSharing burdenSharing(int year, List<DefenceSpending> rows) {
        AllianceAggregate total = aggregate(AllianceAggregate.NATO, rows);
        List<BurdenShare> shares = new ArrayList<>();
        for (DefenceSpending row : rows) {
            shares.add(new BurdenShare(row.nation(),
                    row.gdpUsdBillions().getAsDouble() / total.gdpUsdBillions() * 100,
                    row.defenceUsdMillions().getAsDouble() / total.defenceUsdMillions() * 100));
        }
        return new BurdenSharing(year, shares, List.of());
    }

    /** The decimal the published text had: the shortest decimal that reads back as this double. */
    private static BigDecimal exact(double published) {
        return BigDecimal.valueOf(published);
    }
}
