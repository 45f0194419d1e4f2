package org.bulwark.scenario.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void integersHaveNoDecimalPoint() {
        assertThat(Decimals.format(0.0)).isEqualTo("0");
        assertThat(Decimals.format(-0.0)).isEqualTo("0");
        assertThat(Decimals.format(1435.0)).isEqualTo("1435");
        assertThat(Decimals.format(-24.0)).isEqualTo("-24");
        assertThat(Decimals.format(42)).isEqualTo("42");
    }

    @Test
    void fractionsAreShortest() {
        assertThat(Decimals.format(0.1)).isEqualTo("0.1");
        assertThat(Decimals.format(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(Decimals.format(54.6833)).isEqualTo("54.6833");
        assertThat(Decimals.format(2.0 / 3)).isEqualTo("0.6666666666666666");
        assertThat(Decimals.format(1e-7)).isEqualTo("1E-7");
        assertThat(Decimals.format(2e20)).isEqualTo("2E+20");
    }

    @Test
    void ignoresTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Decimals.format(12.5)).isEqualTo("12.5");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void refusesInfinity() {
        assertThatThrownBy(() -> Decimals.format(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 2000)
    void roundTrips(@ForAll double value) {
        if (Double.isFinite(value)) {
            assertThat(Double.parseDouble(Decimals.format(value))).isEqualTo(value == 0 ? 0.0 : value);
        }
    }
}
