package org.bulwark.scenario.write;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Locale-independent number text for scenario files: integral values without a decimal point,
 * other values with the fewest significant digits that read back as the same {@code double}.
 * Computed with {@link BigDecimal} rather than {@link Double#toString} because the latter is
 * not always shortest before JDK 19, and files must be identical whichever JDK wrote them.
 */
final class Decimals {
    private static final double PLAIN_MIN = 1e-6;
    private static final double PLAIN_MAX = 1e15;

    private Decimals() {
    }

    static String format(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("only finite numbers are written, was " + value);
        }
        if (value == 0) {
            return "0";
        }
        double abs = Math.abs(value);
        if (value == Math.rint(value) && abs < PLAIN_MAX) {
            return Long.toString((long) value);
        }
        BigDecimal exact = new BigDecimal(value);
        BigDecimal shortest = exact;
        for (int digits = 1; digits <= 17; digits++) {
            BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == value) {
                shortest = candidate;
                break;
            }
        }
        shortest = shortest.stripTrailingZeros();
        if (abs >= PLAIN_MIN && abs < PLAIN_MAX) {
            return shortest.toPlainString();
        }
        // 1.5E-7, 2E+20: BigDecimal's scientific form, valid for YAML 1.2 and Double.parseDouble
        return shortest.toString();
    }

    static String format(int value) {
        return Integer.toString(value);
    }
}
