package org.bulwark.targets.spending;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.bulwark.model.DefenceSpending;

/**
 * How a status is decided, stated once. For the assessed year Y, a target T due in year D:
 * <ol>
 *   <li>the figure in Y at or above T: <b>met</b>;</li>
 *   <li>below T and no due year: <b>not assessed</b>;</li>
 *   <li>below T and Y ≥ D (due, or a standing floor): <b>off track</b>;</li>
 *   <li>below T and not yet due: fit a line by ordinary least squares through the published
 *       figures of the last {@code windowYears} years up to Y (at least {@code minimumPoints} of
 *       them, else <b>not assessed</b>); project from the published figure of Y along the fitted
 *       slope: P = value(Y) + slope × (D − Y); <b>on track</b> when P ≥ T, else <b>off track</b>.
 *       When D − Y is longer than the years the fit spans, the projection is marked
 *       {@linkplain Assessment#extrapolated() extrapolated}.</li>
 * </ol>
 * The projection starts at the published figure, not at the fitted line, so the first point of
 * every projection is a number in the data.
 *
 * @param windowYears    calendar years looked back, the assessed year included
 * @param minimumPoints  the fewest yearly figures a trend is fitted on
 */
public record ProjectionMethod(int windowYears, int minimumPoints) {
    /** Ordinary least squares over the last 5 years, at least 3 figures. */
    public static final ProjectionMethod DEFAULT = new ProjectionMethod(5, 3);

    public ProjectionMethod {
        if (minimumPoints < 2 || windowYears < minimumPoints) {
            throw new IllegalArgumentException("need 2 <= minimumPoints <= windowYears, got " + minimumPoints
                    + " and " + windowYears);
        }
    }

    /**
     * The trend of {@code measure} over the window ending at {@code year}, from a nation's rows by
     * year; empty when fewer than {@link #minimumPoints()} years have a figure.
     */
    public Optional<Trend> trend(NavigableMap<Integer, DefenceSpending> byYear, Measure measure, int year) {
        List<Integer> years = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (DefenceSpending row : byYear.subMap(year - windowYears + 1, true, year, true).values()) {
            OptionalDouble value = measure.of(row);
            if (value.isPresent()) {
                years.add(row.year());
                values.add(value.getAsDouble());
                sources.add(row.source().reference());
            }
        }
        if (years.size() < minimumPoints) {
            return Optional.empty();
        }
        double slope = Trend.slope(years.stream().mapToInt(Integer::intValue).toArray(),
                values.stream().mapToDouble(Double::doubleValue).toArray());
        boolean mixed = sources.stream().distinct().count() > 1;
        return Optional.of(new Trend(years.get(0), years.get(years.size() - 1), years.size(), slope, mixed));
    }

    /** The status of one figure against one target, by the rules above. */
    Verdict judge(OptionalDouble value, double target, OptionalInt dueYear, int year, Optional<Trend> trend,
            boolean standing) {
        Objects.requireNonNull(trend, "trend");
        if (value.isEmpty()) {
            return new Verdict(Status.NOT_ASSESSED, "no figure published for " + year, OptionalDouble.empty(), false);
        }
        double v = value.getAsDouble();
        if (v >= target) {
            return new Verdict(Status.MET, "at or above the target in " + year, OptionalDouble.empty(), false);
        }
        if (dueYear.isEmpty()) {
            return new Verdict(Status.NOT_ASSESSED, "below the target; the pledge gives no year",
                    OptionalDouble.empty(), false);
        }
        int due = dueYear.getAsInt();
        if (year >= due) {
            String why = standing ? "below the floor that applies from " + due : "below the target due in " + due;
            return new Verdict(Status.OFF_TRACK, why, OptionalDouble.empty(), false);
        }
        if (trend.isEmpty()) {
            return new Verdict(Status.NOT_ASSESSED, "too few years for a trend (fewer than " + minimumPoints
                    + " figures in " + (year - windowYears + 1) + "-" + year + ")", OptionalDouble.empty(), false);
        }
        int ahead = due - year;
        double projected = v + trend.get().slopePerYear() * ahead;
        boolean extrapolated = ahead > trend.get().spanYears();
        Status status = projected >= target ? Status.ON_TRACK : Status.OFF_TRACK;
        String why = (status == Status.ON_TRACK ? "trend reaches the target by " : "trend falls short by ") + due
                + (extrapolated ? " (projected " + ahead + " years ahead on " + trend.get().spanYears()
                        + " years of data)" : "");
        return new Verdict(status, why, OptionalDouble.of(projected), extrapolated);
    }

    /** What {@link #judge} decided. */
    record Verdict(Status status, String reason, OptionalDouble projected, boolean extrapolated) {
    }
}
