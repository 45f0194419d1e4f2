package org.bulwark.model;

/**
 * NATO Force Model readiness tiers by notice to move: tier 1 up to 10 days, tier 2 from 10 to
 * 30 days, tier 3 from 30 to 180 days. Forces already in place are {@link #IN_PLACE}; anything
 * slower than 180 days is {@link #BEYOND_TIER_3}.
 */
public enum ForceTier {
    IN_PLACE(0, 0),
    TIER_1(0, 10),
    TIER_2(10, 30),
    TIER_3(30, 180),
    BEYOND_TIER_3(180, Double.POSITIVE_INFINITY);

    private final double minNoticeDays;
    private final double maxNoticeDays;

    ForceTier(double minNoticeDays, double maxNoticeDays) {
        this.minNoticeDays = minNoticeDays;
        this.maxNoticeDays = maxNoticeDays;
    }

    public double minNoticeDays() {
        return minNoticeDays;
    }

    public double maxNoticeDays() {
        return maxNoticeDays;
    }

    /** The tier a notice to move falls into (boundaries belong to the faster tier). */
    public static ForceTier ofNoticeDays(double noticeDays) {
        if (!(noticeDays >= 0)) {
            throw new IllegalArgumentException("notice days must be >= 0, was " + noticeDays);
        }
        if (noticeDays <= TIER_1.maxNoticeDays) {
            return TIER_1;
        }
        if (noticeDays <= TIER_2.maxNoticeDays) {
            return TIER_2;
        }
        if (noticeDays <= TIER_3.maxNoticeDays) {
            return TIER_3;
        }
        return BEYOND_TIER_3;
    }

    /** Whether a notice to move is consistent with this tier. */
    public boolean admits(double noticeDays) {
        if (this == IN_PLACE) {
            return noticeDays >= 0;
        }
        return noticeDays >= minNoticeDays && noticeDays <= maxNoticeDays;
    }

    /** The label used in files and tables: {@code tier1}, {@code in_place}, … */
    public String label() {
        return switch (this) {
            case IN_PLACE -> "in_place";
            case TIER_1 -> "tier1";
            case TIER_2 -> "tier2";
            case TIER_3 -> "tier3";
            case BEYOND_TIER_3 -> "beyond_tier3";
        };
    }
}
