package org.bulwark.campaign;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.bulwark.model.Distribution;

/** Inverse cumulative distribution functions of the scenario's {@link Distribution}s. */
public final class Quantiles {
    private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);

    private Quantiles() {
    }

    /**
     * The value below which a share {@code p} of the distribution lies; {@code p} in (0, 1).
     * A truncated normal maps {@code p} into {@code [F(min), F(max)]} of the untruncated one.
     */
    public static double of(Distribution distribution, double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("probability must be in (0, 1), was " + p);
        }
        if (distribution instanceof Distribution.Fixed fixed) {
            return fixed.value();
        }
        if (distribution instanceof Distribution.Uniform uniform) {
            return uniform.min() + p * (uniform.max() - uniform.min());
        }
        if (distribution instanceof Distribution.Triangular t) {
            return triangular(t, p);
        }
        if (distribution instanceof Distribution.Normal normal) {
            NormalDistribution n = NormalDistribution.of(normal.mean(), normal.sd());
            double lo = n.cumulativeProbability(normal.min());
            double hi = n.cumulativeProbability(normal.max());
            double value = n.inverseCumulativeProbability(lo + p * (hi - lo));
            return Math.min(normal.max(), Math.max(normal.min(), value));
        }
        if (distribution instanceof Distribution.LogNormal logNormal) {
            return logNormal.median() * Math.exp(logNormal.sigma() * STANDARD.inverseCumulativeProbability(p));
        }
        throw new IllegalArgumentException("unknown distribution " + distribution);
    }

    /** The triangular quantile in closed form (also when the peak is at one end). */
    private static double triangular(Distribution.Triangular t, double p) {
        double width = t.max() - t.min();
        double split = (t.mode() - t.min()) / width;
        if (p < split) {
            return t.min() + Math.sqrt(p * width * (t.mode() - t.min()));
        }
        return t.max() - Math.sqrt((1 - p) * width * (t.max() - t.mode()));
    }
}
