package org.bulwark.cli.export;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How numbers are written in the files: a dot, no thousands separator, rounded half-up to a fixed
 * number of decimals with trailing zeros dropped ({@code 12}, {@code 12.5}, {@code 12.25}); an
 * unconstrained (infinite) or undefined value is an empty cell in CSV and {@code null} in JSON.
 */
final class Decimals {
    /** Hours and days. */
    static final int HOURS = 2;
    /** Tonnes, tonne-km and capacities. */
    static final int TONNES = 2;
    /** Shares of a capacity (0.975 = 97.5 %). */
    static final int SHARE = 4;
    /** Degrees of latitude and longitude: 6 decimals is about 0.1 m (RFC 7946 §11.2). */
    static final int DEGREES = 6;

    private Decimals() {
    }

    /** The rounded value, or null when it is not finite. */
    static BigDecimal of(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return null;
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? BigDecimal.ZERO : rounded;
    }

    /** The rounded value as text, or "" when it is not finite. */
    static String text(double value, int decimals) {
        BigDecimal rounded = of(value, decimals);
        return rounded == null ? "" : rounded.toPlainString();
    }

    static String hours(double hours) {
        return text(hours, HOURS);
    }

    static String tonnes(double tonnes) {
        return text(tonnes, TONNES);
    }

    /** Whole days since C-day (C-day itself is day 0), as TPFDD tables count them. */
    static String day(double hours) {
        return Double.isFinite(hours) ? Long.toString((long) Math.floor(hours / 24)) : "";
    }

    /** {@code used / capacity}, or "" when the capacity is unconstrained. */
    static String share(double used, double capacity) {
        return Double.isFinite(capacity) && capacity > 0 ? text(used / capacity, SHARE) : "";
    }
}
