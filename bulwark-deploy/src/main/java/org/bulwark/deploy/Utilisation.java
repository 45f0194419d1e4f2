package org.bulwark.deploy;

import java.util.List;
import java.util.Objects;

/**
 * How much of one resource the plan uses, period by period (only periods with use are listed).
 *
 * @param capacityPerPeriod tonnes per period ({@code capacity per day × step / 24})
 */
public record Utilisation(Resource resource, double capacityPerPeriod, List<PeriodUse> periods) {
    public Utilisation {
        Objects.requireNonNull(resource, "resource");
        periods = List.copyOf(periods);
    }

    /** Tonnes used in period {@code period} (covering [period·step, (period+1)·step) hours). */
    public record PeriodUse(int period, double tonnes) {
    }

    public double peakTonnes() {
        return periods.stream().mapToDouble(PeriodUse::tonnes).max().orElse(0);
    }

    public double peakShare() {
        return peakTonnes() / capacityPerPeriod;
    }
}
