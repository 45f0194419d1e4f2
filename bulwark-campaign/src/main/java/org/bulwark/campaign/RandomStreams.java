package org.bulwark.campaign;

/**
 * Counter-based random numbers: a uniform draw is a pure function of (seed, replication,
 * stream, counter), hashed with the SplitMix64 finaliser (Steele, Lea and Flood, "Fast
 * splittable pseudorandom number generators", OOPSLA 2014). No generator state is carried from
 * one replication to the next, so a replication's draws never depend on which thread runs it or
 * in what order, and the same replication index draws the same inputs in every variant of a
 * scenario (common random numbers).
 */
final class RandomStreams {
    /** Stream ids below this are scenario and parameter inputs ({@link InputDraws}). */
    static final long LUCK_STREAMS = 1L << 40;
    /** Arrival delays: this plus a hash of the unit id. */
    static final long DELAY_STREAMS = 1L << 41;

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private RandomStreams() {
    }

    /** A uniform draw in the open interval (0, 1). */
    static double uniform(long seed, long replication, long stream, long counter) {
        long h = mix(seed + GOLDEN);
        h = mix(h ^ (replication * GOLDEN + 0x632BE59BD9B4E019L));
        h = mix(h ^ (stream * 0xD1B54A32D192ED03L + 0x8CB92BA72F3D8DD7L));
        h = mix(h ^ (counter * 0xAEF17502108EF2D9L + 0x2545F4914F6CDD1DL));
        return ((h >>> 11) + 0.5) * 0x1.0p-53;
    }

    /** SplitMix64's output function (variant 13 of Stafford's mixers). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * The standard normal quantile of {@code p} in (0, 1) by P. J. Acklam's rational approximation
     * (within 1e-5 relative of the exact quantile for p in [1e-6, 1 − 1e-6], as tested). The daily luck factors need no more, and this is on the
     * engine's hot path; uncertain inputs use the exact inverse CDF ({@link Quantiles}).
     */
    static double standardNormal(double p) {
        if (p < P_LOW) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((C1 * q + C2) * q + C3) * q + C4) * q + C5) * q + C6)
                    / ((((D1 * q + D2) * q + D3) * q + D4) * q + 1);
        }
        if (p > 1 - P_LOW) {
            double q = Math.sqrt(-2 * Math.log(1 - p));
            return -(((((C1 * q + C2) * q + C3) * q + C4) * q + C5) * q + C6)
                    / ((((D1 * q + D2) * q + D3) * q + D4) * q + 1);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((A1 * r + A2) * r + A3) * r + A4) * r + A5) * r + A6) * q
                / (((((B1 * r + B2) * r + B3) * r + B4) * r + B5) * r + 1);
    }

    private static final double P_LOW = 0.02425;
    private static final double A1 = -3.969683028665376e+01;
    private static final double A2 = 2.209460984245205e+02;
    private static final double A3 = -2.759285104469687e+02;
    private static final double A4 = 1.383577518672690e+02;
    private static final double A5 = -3.066479806614716e+01;
    private static final double A6 = 2.506628277459239e+00;
    private static final double B1 = -5.447609879822406e+01;
    private static final double B2 = 1.615858368580409e+02;
    private static final double B3 = -1.556989798598866e+02;
    private static final double B4 = 6.680131188771972e+01;
    private static final double B5 = -1.328068155288572e+01;
    private static final double C1 = -7.784894002430293e-03;
    private static final double C2 = -3.223964580411365e-01;
    private static final double C3 = -2.400758277161838e+00;
    private static final double C4 = -2.549671058116949e+00;
    private static final double C5 = 4.374664141464968e+00;
    private static final double C6 = 2.938163982698783e+00;
    private static final double D1 = 7.784695709041462e-03;
    private static final double D2 = 3.224671290700398e-01;
    private static final double D3 = 2.445134137142996e+00;
    private static final double D4 = 3.754408661907416e+00;
}
