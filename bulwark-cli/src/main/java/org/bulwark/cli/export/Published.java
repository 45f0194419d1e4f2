package org.bulwark.cli.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/**
 * Spending figures written exactly as the bundled tables publish them: % shares with 2 decimals
 * ({@code 2.00}), US-dollar millions whole, GDP billions with 1 decimal, pledge targets as in the
 * pledges file ({@code 2.0}, {@code 2.75}). A figure with more decimals than its column publishes
 * is a fault in the data and fails loudly ({@link ArithmeticException}) instead of being rounded.
 * Figures Bulwark derives (trends, projections, shares) are rounded half-up to a stated number of
 * decimals.
 */
public final class Published {
    /** Decimals of {@code defence_pct_gdp} and {@code equipment_pct_defence}. */
    public static final int PERCENT = 2;
    /** Decimals of {@code defence_usd_m}. */
    public static final int USD_MILLIONS = 0;
    /** Decimals of {@code gdp_usd_bn}. */
    public static final int USD_BILLIONS = 1;

    private Published() {
    }

    /** A published % figure, or null when none was published. */
    public static BigDecimal percent(OptionalDouble value) {
        return fixed(value, PERCENT);
    }

    public static BigDecimal usdMillions(OptionalDouble value) {
        return fixed(value, USD_MILLIONS);
    }

    public static BigDecimal usdBillions(OptionalDouble value) {
        return fixed(value, USD_BILLIONS);
    }

    /** A pledge's target share as the pledges file writes it: the shortest decimal, at least one decimal. */
    public static BigDecimal target(double value) {
        return BigDecimal.valueOf(value);
    }

    /** A derived figure rounded half-up to {@code decimals}; null when not finite. */
    public static BigDecimal derived(double value, int decimals) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP) : null;
    }

    /** A sum of published figures, exact, in the column's decimals. */
    public static BigDecimal sum(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.UNNECESSARY);
    }

    /** The text of a figure for CSV and tables: plain digits, "" for none. */
    public static String text(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static BigDecimal fixed(OptionalDouble value, int decimals) {
        return value.isPresent() ? BigDecimal.valueOf(value.getAsDouble()).setScale(decimals, RoundingMode.UNNECESSARY) : null;
    }
}
