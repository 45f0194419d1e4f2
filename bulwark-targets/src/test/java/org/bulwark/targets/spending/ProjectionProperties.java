package org.bulwark.targets.spending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.bulwark.model.NationCode;
import org.bulwark.model.Spending;

/** Invariants of statuses and projections over random series (jqwik prints a replayable seed on failure). */
class ProjectionProperties {

    @Property
    void olsRecoversTheSlopeOfAnExactLine(@ForAll @DoubleRange(min = -1, max = 1) double slope,
            @ForAll @DoubleRange(min = 0.5, max = 5) double start, @ForAll @IntRange(min = 3, max = 5) int years) {
        double[] values = new double[years];
        int[] xs = new int[years];
        for (int i = 0; i < years; i++) {
            xs[i] = 2020 + i;
            values[i] = start + slope * i;
        }
        assertThat(Trend.slope(xs, values)).isCloseTo(slope, within(1e-9));
    }

    @Property
    void statusAgreesWithValueTargetAndProjection(
            @ForAll @Size(min = 1, max = 8) double[] rawSeries, @ForAll @IntRange(min = 2016, max = 2025) int year) {
        double[] series = Arrays.stream(rawSeries).map(v -> Math.round(Math.abs(v) % 6 * 100) / 100.0).toArray();
        int first = year - series.length + 1;
        Spending spending = new TestdataSpending().pct("AAA", first, series).pledge("AAA", 3.0, "2028", "2015").build();
        NationAssessment nation = CommitmentAssessor.standard().assess(spending, year).nation(NationCode.of("AAA")).orElseThrow();
        double value = series[series.length - 1];
        for (Assessment a : nation.assessments()) {
            double v = a.value().orElseThrow();
            switch (a.status()) {
                case MET -> assertThat(v).isGreaterThanOrEqualTo(a.targetPct());
                case ON_TRACK -> {
                    assertThat(v).isLessThan(a.targetPct());
                    assertThat(a.dueYear().getAsInt()).isGreaterThan(year);
                    assertThat(a.projectedPct().getAsDouble()).isGreaterThanOrEqualTo(a.targetPct());
                }
                case OFF_TRACK -> {
                    assertThat(v).isLessThan(a.targetPct());
                    if (a.projectedPct().isPresent()) {
                        assertThat(a.projectedPct().getAsDouble()).isLessThan(a.targetPct());
                    } else {
                        assertThat(a.dueYear().getAsInt()).isLessThanOrEqualTo(year);
                    }
                }
                case NOT_ASSESSED -> assertThat(a.trend().isEmpty() || a.dueYear().isEmpty()).isTrue();
            }
            a.projectedPct().ifPresent(p -> assertThat(p).isCloseTo(
                    (a.measure() == Measure.DEFENCE_PCT_GDP ? value : 25) + a.trend().orElseThrow().slopePerYear()
                            * (a.dueYear().getAsInt() - year), within(1e-9)));
            a.trend().ifPresent(t -> assertThat(t.points()).isBetween(3, 5));
        }
    }
}
