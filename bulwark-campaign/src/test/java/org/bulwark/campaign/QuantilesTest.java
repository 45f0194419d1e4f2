package org.bulwark.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.bulwark.model.Distribution;
import org.junit.jupiter.api.Test;

class QuantilesTest {

    @Test
    void knownQuantiles() {
        assertThat(Quantiles.of(new Distribution.Fixed(3), 0.3)).isEqualTo(3);
        assertThat(Quantiles.of(new Distribution.Uniform(0, 48), 0.25)).isEqualTo(12);
        // Triangular(48, 168, 336): F(mode) = 120/288.
        assertThat(Quantiles.of(new Distribution.Triangular(48, 168, 336), 120.0 / 288)).isCloseTo(168, within(1e-9));
        assertThat(Quantiles.of(new Distribution.Triangular(0, 0, 1), 0.75)).isCloseTo(0.5, within(1e-9));
        assertThat(Quantiles.of(new Distribution.Normal(10, 2), 0.975)).isCloseTo(10 + 1.959964 * 2, within(1e-5));
        assertThat(Quantiles.of(new Distribution.LogNormal(1.5, 0.3), 0.5)).isCloseTo(1.5, within(1e-12));
        // Truncated at the mean: the median of what is left is the untruncated 75th percentile.
        assertThat(Quantiles.of(new Distribution.Normal(0, 1, 0, Double.POSITIVE_INFINITY), 0.5))
                .isCloseTo(0.6744898, within(1e-6));
    }

    @Property
    void quantilesRiseWithPAndStayInTheSupport(@ForAll @DoubleRange(min = 0.001, max = 0.998) @Scale(6) double p) {
        Distribution[] all = {new Distribution.Uniform(-1, 5), new Distribution.Triangular(48, 168, 336),
            new Distribution.Normal(0.004, 0.001, 0, Double.POSITIVE_INFINITY), new Distribution.LogNormal(1, 0.15)};
        for (Distribution d : all) {
            double q = Quantiles.of(d, p);
            assertThat(q).isBetween(d.lowest(), d.highest()).isLessThanOrEqualTo(Quantiles.of(d, p + 0.001));
        }
    }

    @Test
    void counterBasedUniformsAreUniformAndIndependentOfOrder() {
        double sum = 0;
        int below = 0;
        for (int r = 0; r < 100_000; r++) {
            double u = RandomStreams.uniform(42, r, 3, 7);
            assertThat(u).isStrictlyBetween(0.0, 1.0);
            sum += u;
            below += u < 0.1 ? 1 : 0;
        }
        assertThat(sum / 100_000).isCloseTo(0.5, within(0.005));
        assertThat(below / 100_000.0).isCloseTo(0.1, within(0.005));
        assertThat(RandomStreams.uniform(42, 5, 3, 7)).isEqualTo(RandomStreams.uniform(42, 5, 3, 7))
                .isNotEqualTo(RandomStreams.uniform(42, 5, 4, 7)).isNotEqualTo(RandomStreams.uniform(43, 5, 3, 7));
    }

    @Property
    void theFastNormalQuantileMatchesTheExactOne(@ForAll @DoubleRange(min = 0.000001, max = 0.999999) @Scale(8) double p) {
        double exact = org.apache.commons.statistics.distribution.NormalDistribution.of(0, 1)
                .inverseCumulativeProbability(p);
        assertThat(RandomStreams.standardNormal(p)).isCloseTo(exact, within(1e-5 * Math.max(1, Math.abs(exact))));
    }
}
