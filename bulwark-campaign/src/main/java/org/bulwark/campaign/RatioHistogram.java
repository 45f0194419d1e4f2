package org.bulwark.campaign;

/**
 * Force-ratio samples per axis and sample time, counted in log-spaced bins. Integer counts and
 * a fixed-point sum add up to the same totals in any order, so merging the workers' histograms
 * gives bit-identical statistics whatever the number of threads.
 */
final class RatioHistogram {
    /** Bins per decade of r; the range is [10^-2, 10^2), with one underflow and one overflow bin. */
    static final int PER_DECADE = 100;
    static final int BINS = 6 * PER_DECADE + 2;
    private static final double FIXED = 1e6;
    private static final double MEAN_CLAMP = 1e4;

    final int cells;
    final int[] counts;
    final int[] opposed;
    final int[] unopposed;
    final long[] sum;

    RatioHistogram(int cells) {
        this.cells = cells;
        counts = new int[cells * BINS];
        opposed = new int[cells];
        unopposed = new int[cells];
        sum = new long[cells];
    }

    void add(int cell, double r) {
        if (Double.isNaN(r)) {
            return;
        }
        if (r == Double.POSITIVE_INFINITY) {
            unopposed[cell]++;
            return;
        }
        opposed[cell]++;
        sum[cell] += Math.round(Math.min(r, MEAN_CLAMP) * FIXED);
        int bin;
        if (r < 0.001) {
            bin = 0;
        } else if (r >= 1000) {
            bin = BINS - 1;
        } else {
            bin = Math.min(BINS - 2, 1 + (int) ((Math.log10(r) + 3) * PER_DECADE));
        }
        counts[cell * BINS + bin]++;
    }

    void merge(RatioHistogram other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        for (int c = 0; c < cells; c++) {
            opposed[c] += other.opposed[c];
            unopposed[c] += other.unopposed[c];
            sum[c] += other.sum[c];
        }
    }

    /** Mean of r (clamped to 10^4) over the opposed samples of a cell; NaN when there are none. */
    double mean(int cell) {
        return opposed[cell] == 0 ? Double.NaN : sum[cell] / FIXED / opposed[cell];
    }

    /** Nearest-rank percentile of r over the opposed samples of a cell, at the bin's geometric middle. */
    double percentile(int cell, double p) {
        int n = opposed[cell];
        if (n == 0) {
            return Double.NaN;
        }
        long rank = Math.max(1, (long) Math.ceil(p * n));
        long seen = 0;
        for (int b = 0; b < BINS; b++) {
            seen += counts[cell * BINS + b];
            if (seen >= rank) {
                if (b == 0) {
                    return 0.001;
                }
                if (b == BINS - 1) {
                    return 1000;
                }
                return Math.pow(10, -3 + (b - 0.5) / PER_DECADE);
            }
        }
        throw new IllegalStateException("histogram counts do not add up to " + n);
    }
}
