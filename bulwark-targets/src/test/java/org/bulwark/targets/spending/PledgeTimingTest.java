package org.bulwark.targets.spending;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.bulwark.reference.ReferenceData;
import org.junit.jupiter.api.Test;

class PledgeTimingTest {

    @Test
    void aYearIsTheYearTheShareIsDue() {
        PledgeTiming timing = PledgeTiming.parse("2030");
        assertThat(timing).isEqualTo(new PledgeTiming.ByYear(2030));
        assertThat(timing.dueYear(OptionalInt.of(2018))).hasValue(2030);
        assertThat(timing.text()).isEqualTo("2030");
    }

    @Test
    void aPeriodIsDueInItsFirstYear() {
        PledgeTiming timing = PledgeTiming.parse("2026-2030");
        assertThat(timing).isEqualTo(new PledgeTiming.Period(2026, 2030));
        assertThat(timing.dueYear(OptionalInt.of(2025))).hasValue(2026);
        assertThat(timing.interpretation()).isEqualTo("each year 2026-2030, so due in 2026");
        assertThat(PledgeTiming.parse("2026 – 2030")).isEqualTo(new PledgeTiming.Period(2026, 2030));
    }

    @Test
    void annualAndPermanentAreFloorsFromTheYearAfterTheAnnouncement() {
        PledgeTiming annual = PledgeTiming.parse("annual (minimum)");
        assertThat(annual).isEqualTo(new PledgeTiming.Standing("annual (minimum)"));
        assertThat(annual.dueYear(OptionalInt.of(2023))).hasValue(2024);
        assertThat(annual.dueYear(OptionalInt.empty())).isEmpty();
        assertThat(PledgeTiming.parse("permanent (constitutional minimum proposed)"))
                .isInstanceOf(PledgeTiming.Standing.class);
    }

    @Test
    void emptyHasNoDueYear() {
        PledgeTiming timing = PledgeTiming.parse("  ");
        assertThat(timing).isEqualTo(new PledgeTiming.Undated());
        assertThat(timing.dueYear(OptionalInt.of(2022))).isEmpty();
    }

    @Test
    void otherTextIsKeptAndNotAssessed() {
        assertThat(PledgeTiming.parse("next parliament")).isEqualTo(new PledgeTiming.Unrecognised("next parliament"));
        assertThat(PledgeTiming.parse("2030-2026")).isEqualTo(new PledgeTiming.Unrecognised("2030-2026"));
        assertThat(PledgeTiming.parse("20300")).isInstanceOf(PledgeTiming.Unrecognised.class);
        assertThat(PledgeTiming.parse("next parliament").dueYear(OptionalInt.of(2025))).isEmpty();
    }

    @Test
    void announcementYearIsTheFirstFourDigitYear() {
        assertThat(PledgeTiming.announcedYear("2023-07-11")).hasValue(2023);
        assertThat(PledgeTiming.announcedYear("2022-03")).hasValue(2022);
        assertThat(PledgeTiming.announcedYear("2014")).hasValue(2014);
        assertThat(PledgeTiming.announcedYear("")).isEmpty();
        assertThat(PledgeTiming.announcedYear("12345")).isEmpty();
    }

    @Test
    void everyBundledPledgeYearIsAKnownForm() {
        assertThat(ReferenceData.bundledSpending().commitments())
                .allSatisfy(c -> assertThat(PledgeTiming.parse(c.byYear()))
                        .as(c.byYear()).isNotInstanceOf(PledgeTiming.Unrecognised.class)
                        .extracting(PledgeTiming::text).isEqualTo(c.byYear()));
    }
}
