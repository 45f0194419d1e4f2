package org.bulwark.campaign;

/**
 * {@code exp(x)} from a table with linear interpolation, for the engine's hot loop: relative error
 * below 2·10⁻⁷ on [−{@value #RANGE}, {@value #RANGE}] (tested against {@link Math#exp}), exact
 * {@code Math.exp} outside it. Deterministic and the same on every platform, as the engine must be.
 */
final class FastExp {
    static final double RANGE = 30;
    private static final int STEPS_PER_UNIT = 1024;
    private static final double[] TABLE = new double[(int) (2 * RANGE * STEPS_PER_UNIT) + 2];

    static {
        for (int i = 0; i < TABLE.length; i++) {
            TABLE[i] = StrictMath.exp(-RANGE + (double) i / STEPS_PER_UNIT);
        }
    }

    private FastExp() {
    }

    static double exp(double x) {
        if (!(x > -RANGE && x < RANGE)) {
            return StrictMath.exp(x);
        }
        double at = (x + RANGE) * STEPS_PER_UNIT;
        int i = (int) at;
        double f = at - i;
        return TABLE[i] + (TABLE[i + 1] - TABLE[i]) * f;
    }
}
