package org.bulwark.targets.spending;

/**
 * A straight line fitted by ordinary least squares through a nation's published figures.
 *
 * @param firstYear           the first year with a figure in the window
 * @param lastYear            the last year with a figure in the window (the assessed year)
 * @param points              how many yearly figures were fitted
 * @param slopePerYear        the fitted change, percentage points per year
 * @param mixesSources       true when the fitted figures come from more than one source (e.g. a
 *                            2025 press figure after 2024-edition NATO figures): the series may
 *                            not be consistent
 */
public record Trend(int firstYear, int lastYear, int points, double slopePerYear, boolean mixesSources) {
    public Trend {
        if (points < 2 || lastYear <= firstYear) {
            throw new IllegalArgumentException("a trend needs two years or more, got " + points + " in "
                    + firstYear + "-" + lastYear);
        }
        if (!Double.isFinite(slopePerYear)) {
            throw new IllegalArgumentException("slopePerYear must be finite, was " + slopePerYear);
        }
    }

    /** The years the line is fitted over: how far the data reaches back. */
    public int spanYears() {
        return lastYear - firstYear;
    }

    /**
     * The OLS slope of {@code values} against {@code years}: Σ(x−x̄)(y−ȳ) / Σ(x−x̄)².
     *
     * @throws IllegalArgumentException for fewer than two distinct years
     */
    static double slope(int[] years, double[] values) {
        if (years.length != values.length || years.length < 2) {
            throw new IllegalArgumentException("need two or more (year, value) pairs, got " + years.length);
        }
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < years.length; i++) {
            meanX += years[i];
            meanY += values[i];
        }
        meanX /= years.length;
        meanY /= years.length;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < years.length; i++) {
            double dx = years[i] - meanX;
            sxy += dx * (values[i] - meanY);
            sxx += dx * dx;
        }
        if (sxx == 0) {
            throw new IllegalArgumentException("all years are the same: " + years[0]);
        }
        return sxy / sxx;
    }
}
