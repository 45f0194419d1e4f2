package org.bulwark.campaign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.bulwark.campaign.Comparison.Estimate;
import org.bulwark.campaign.Comparison.Measure;
import org.bulwark.model.ObjectiveId;

/**
 * Compares courses of action — postures, plans, scenarios — on the same replications (common
 * random numbers: replication i draws the same warning, effectiveness, delays and daily luck in
 * every variant), so the difference of two variants is estimated per replication and its
 * interval is far narrower than the two separate intervals suggest (docs/model.md,
 * "Course-of-action comparison").
 *
 * <p>The difference of variant v from the first is the mean over replications of
 * d_r = X_r(v) − X_r(first), X = 1 when held; its 95 % interval is d̄ ± 1.96·s_d/√n (the paired
 * normal interval; exact 0 when every d_r is 0, as for identical variants).
 */
public final class CourseOfActionComparison {
    private static final double Z95 = 1.959963984540054;

    private CourseOfActionComparison() {
    }

    /** A named course of action. */
    public record Variant(String name, CampaignModel model) {
        public Variant {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(model, "model");
        }
    }

    /**
     * @param options runs, seed and threads (the other options are not used)
     * @throws IllegalArgumentException when there are no variants, the variants' objectives differ, or the
     *                                  hold days exceed a variant's campaign
     */
    public static Comparison compare(List<Variant> variants, double holdDays, MonteCarloOptions options,
                                     CampaignProgress progress) {
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare: no variants");
        }
        List<ObjectiveId> objectives = variants.get(0).model().objectives();
        for (Variant v : variants) {
            if (!(holdDays > 0) || holdDays > v.model().days) {
                throw new IllegalArgumentException("hold days must be in (0, " + v.model().days + "] for variant "
                        + v.name() + ", were " + holdDays);
            }
            if (!new HashSet<>(v.model().objectives()).equals(new HashSet<>(objectives))) {
                throw new IllegalArgumentException("variant " + v.name() + " has objectives " + v.model().objectives()
                        + ", the first has " + objectives);
            }
        }
        int runs = options.runs();
        double hours = holdDays * 24;
        AtomicLong replications = new AtomicLong();
        List<Holding> outcomes = new ArrayList<>();
        // Column of each first-variant objective in every variant (objectives may be listed in another order).
        List<int[]> columns = new ArrayList<>();
        for (Variant v : variants) {
            outcomes.add(Holding.of(v.model(), holdDays, runs, options.seed(), options.threads(), replications));
            int[] column = new int[objectives.size()];
            for (int o = 0; o < column.length; o++) {
                column[o] = v.model().objectives().indexOf(objectives.get(o));
            }
            columns.add(column);
            progress.advanced(replications.get(), (long) runs * variants.size());
        }
        List<Measure> measures = new ArrayList<>();
        for (int o = 0; o <= objectives.size(); o++) {
            List<Estimate> estimates = new ArrayList<>();
            boolean[] reference = held(outcomes.get(0), columns.get(0), o);
            for (int v = 0; v < variants.size(); v++) {
                boolean[] mine = held(outcomes.get(v), columns.get(v), o);
                estimates.add(estimate(reference, mine, hours));
            }
            measures.add(new Measure(o < objectives.size() ? objectives.get(o).value() : Comparison.ALL, estimates));
        }
        return new Comparison(holdDays, runs, options.seed(), variants.stream().map(Variant::name).toList(), measures);
    }

    /** Per replication: objective {@code o} (a first-variant index; the count means all) held. */
    private static boolean[] held(Holding h, int[] column, int o) {
        if (o == column.length) {
            return h.allHeld;
        }
        boolean[] out = new boolean[h.runs];
        for (int r = 0; r < h.runs; r++) {
            out[r] = h.held[r * h.objectives + column[o]];
        }
        return out;
    }

    static Estimate estimate(boolean[] reference, boolean[] variant, double hours) {
        int n = variant.length;
        int kept = 0;
        double[] d = new double[n];
        for (int r = 0; r < n; r++) {
            kept += variant[r] ? 1 : 0;
            d[r] = (variant[r] ? 1 : 0) - (reference[r] ? 1 : 0);
        }
        double mean = Arrays.stream(d).sum() / n;
        double ss = 0;
        for (double x : d) {
            ss += (x - mean) * (x - mean);
        }
        double half = n > 1 ? Z95 * Math.sqrt(ss / (n - 1)) / Math.sqrt(n) : 0;
        return new Estimate(MonteCarloCampaign.wilson(hours, kept, n), mean, Math.max(-1, mean - half),
                Math.min(1, mean + half));
    }
}
