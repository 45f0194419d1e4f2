package org.bulwark.model;

import java.util.Objects;

/** Notice to move in days and the NATO Force Model tier it belongs to. */
public record Readiness(double noticeDays, ForceTier tier) {
    public static final double HOURS_PER_DAY = 24.0;

    public Readiness {
        Objects.requireNonNull(tier, "tier");
        if (!(noticeDays >= 0) || Double.isInfinite(noticeDays)) {
            throw new IllegalArgumentException("notice days must be finite and >= 0, was " + noticeDays);
        }
        if (!tier.admits(noticeDays)) {
            throw new IllegalArgumentException("notice of " + noticeDays + " days is outside " + tier.label());
        }
    }

    public static Readiness ofNoticeDays(double noticeDays) {
        return new Readiness(noticeDays, ForceTier.ofNoticeDays(noticeDays));
    }

    public double noticeHours() {
        return noticeDays * HOURS_PER_DAY;
    }
}
