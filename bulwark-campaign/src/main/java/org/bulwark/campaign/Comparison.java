package org.bulwark.campaign;

import java.util.List;
import java.util.Objects;
import org.bulwark.campaign.CampaignAssessment.HeldPoint;

/**
 * Courses of action side by side: for every objective and for "all held", each variant's
 * P(held for the hold days) with its 95 % Wilson interval and the paired difference from the
 * first variant with its 95 % interval (docs/model.md, "Course-of-action comparison").
 *
 * @param variants the variants' names, the first being the reference
 * @param measures one per objective (the first variant's order), then {@link #ALL}
 */
public record Comparison(double holdDays, int runs, long seed, List<String> variants, List<Measure> measures) {
    /** The name of the measure "every objective held". */
    public static final String ALL = "all objectives";

    public Comparison {
        variants = List.copyOf(variants);
        measures = List.copyOf(measures);
    }

    /** One measure across the variants, in variant order. */
    public record Measure(String name, List<Estimate> estimates) {
        public Measure {
            Objects.requireNonNull(name, "name");
            estimates = List.copyOf(estimates);
        }
    }

    /**
     * A variant's P(held) and its paired difference from the first variant (0 for the first).
     *
     * @param differenceLow  lower end of the 95 % interval of the difference
     * @param differenceHigh upper end
     */
    public record Estimate(HeldPoint held, double difference, double differenceLow, double differenceHigh) {
        public Estimate {
            Objects.requireNonNull(held, "held");
        }
    }
}
