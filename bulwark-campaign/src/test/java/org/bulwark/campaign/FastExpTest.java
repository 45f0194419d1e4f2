package org.bulwark.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class FastExpTest {
    @Property(tries = 2000)
    void agreesWithMathExpWithinTwoTenMillionths(@ForAll @DoubleRange(min = -40, max = 40) double x) {
        double exact = Math.exp(x);
        assertThat(FastExp.exp(x)).isCloseTo(exact, within(2e-7 * exact));
    }

    @Test
    void isExactAtZeroAndAtTheEdges() {
        assertThat(FastExp.exp(0)).isEqualTo(1.0);
        assertThat(FastExp.exp(-FastExp.RANGE)).isEqualTo(StrictMath.exp(-FastExp.RANGE));
        assertThat(FastExp.exp(Double.NEGATIVE_INFINITY)).isZero();
    }
}
