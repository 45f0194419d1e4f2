package org.bulwark.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class MovementTimesTest {

    private static MovementTimes march(double startHour, double hoursPerDay) {
        return new MovementTimes(new double[] {40, 50, 30, 700}, new double[4], new double[4], startHour, hoursPerDay, "test");
    }

    @Test
    void aColumnDrivesInsideItsDailyWindowAndHaltsOutsideIt() {
        MovementTimes day = march(6, 10); // drives 06:00-16:00 every day
        assertThat(day.marchArrival(6, 4)).isEqualTo(10);
        assertThat(day.marchArrival(2, 4)).as("waits for the window to open").isEqualTo(10);
        assertThat(day.marchArrival(6, 10)).as("exactly one day's driving").isEqualTo(16);
        assertThat(day.marchArrival(6, 15)).as("halts overnight").isEqualTo(35);
        assertThat(day.marchArrival(17, 1)).as("after the window: the next day's").isEqualTo(31);
        assertThat(day.marchArrival(6, 45)).as("45 h of driving: four full days and 5 h").isEqualTo(4 * 24 + 6 + 5);
        assertThat(day.marchArrival(40, 0)).as("no driving, no wait").isEqualTo(40);
        assertThat(MovementTimes.NONE.marchArrival(17, 45)).isEqualTo(62);
    }

    @Property
    void marchingIsMonotoneNeverFasterThanDrivingAndAdditive(@ForAll @DoubleRange(min = 0, max = 23.9) double startHour,
                                                             @ForAll @DoubleRange(min = 1, max = 24) double hoursPerDay,
                                                             @ForAll @DoubleRange(min = 0, max = 500) double t,
                                                             @ForAll @DoubleRange(min = 0, max = 100) double later,
                                                             @ForAll @DoubleRange(min = 0, max = 80) double a,
                                                             @ForAll @DoubleRange(min = 0, max = 80) double b) {
        MovementTimes m = march(startHour, hoursPerDay);
        double arrive = m.marchArrival(t, a);
        assertThat(arrive).isGreaterThanOrEqualTo(t + a - 1e-9);
        assertThat(m.marchArrival(t + later, a)).as("a later start never arrives earlier").isGreaterThanOrEqualTo(arrive - 1e-9);
        // a march over two links in a row takes what one link of their summed driving takes
        assertThat(m.marchArrival(m.marchArrival(t, a), b)).isCloseTo(m.marchArrival(t, a + b), within(1e-6));
        // a whole number of days' driving from the window's opening takes that many days less the last rest
        double opening = startHour + 24 * Math.ceil((t - startHour) / 24);
        assertThat(m.marchArrival(opening, 3 * hoursPerDay)).isCloseTo(opening + 48 + hoursPerDay, within(1e-6));
    }

    @Test
    void handlingIsTheUnloadOfOneModePlusTheLoadOfTheNext() {
        MovementTimes t = new MovementTimes(new double[] {40, 50, 30, 700}, new double[] {0, 6, 48, 3}, new double[] {0, 4, 36, 2}, 6, 10, "test");
        LiftIncrements inc = LiftIncrements.DEFAULT; // train 1,000 t, sailing 12,400 t, sortie 77.5 t
        assertThat(t.handlingHours(null, Mode.RAIL, 0, 1000, inc)).as("load a full train at home").isEqualTo(6);
        assertThat(t.handlingHours(Mode.SEA, Mode.RAIL, 12400, 1000, inc)).as("discharge a full ship, load a train")
                .isEqualTo(42);
        assertThat(t.handlingHours(Mode.SEA, Mode.RAIL, 6200, 1000, inc)).as("half a ship: half its discharge")
                .isEqualTo(24);
        assertThat(t.handlingHours(Mode.AIR, null, 155, 155, inc)).as("two sorties side by side: one ground time")
                .isEqualTo(2);
        assertThat(t.handlingHours(Mode.ROAD, null, 350, 350, inc)).isZero();
    }

    @Test
    void impossibleTimesAreRejected() {
        assertThatThrownBy(() -> march(6, 0)).hasMessageContaining("march hours per day");
        assertThatThrownBy(() -> march(24, 10)).hasMessageContaining("march start hour");
        assertThatThrownBy(() -> new MovementTimes(new double[] {40, 50, 30, 700}, new double[] {0, -1, 0, 0}, new double[4], 0, 24, "x"))
                .hasMessageContaining("rail load hours");
        assertThatThrownBy(() -> new MovementTimes(new double[] {40, 50, 30, 700}, new double[3], new double[4], 0, 24, "x"))
                .hasMessageContaining("each of the 4 modes");
    }
}
