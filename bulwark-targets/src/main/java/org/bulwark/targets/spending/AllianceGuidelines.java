package org.bulwark.targets.spending;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.bulwark.model.Commitment;

/**
 * The Alliance-wide guidelines every ally is measured against, found among the pledge rows (scope
 * {@code NATO}): the Wales 2014 pledge (2 % within a decade, dated), the Vilnius 2023 2 % floor
 * (annual) and The Hague 2025 core-defence share (3.5 % by 2035). The equipment guideline (20 %
 * of defence expenditure, within a decade) is part of the Wales pledge's text, not a row of its
 * own, so it carries the Wales row as its basis.
 *
 * <p>The Hague headline 5 % and its 1.5 % defence- and security-related part are not assessed:
 * NATO's expenditure figures measure core defence only.
 *
 * @param wales    the dated 2 % pledge of Wales 2014
 * @param vilnius  the standing 2 % floor of Vilnius 2023
 * @param hague    the 3.5 % core-defence pledge of The Hague 2025
 */
public record AllianceGuidelines(Commitment wales, Commitment vilnius, Commitment hague) {
    /** The 2 % of GDP of the Wales and Vilnius pledges. */
    public static final double TWO_PERCENT = 2.0;
    /** The Hague core-defence share. */
    public static final double CORE_PERCENT = 3.5;
    /** The Wales equipment guideline, % of defence expenditure (stated in the Wales row's notes). */
    public static final double EQUIPMENT_PERCENT = 20.0;

    public AllianceGuidelines {
        Objects.requireNonNull(wales, "wales");
        Objects.requireNonNull(vilnius, "vilnius");
        Objects.requireNonNull(hague, "hague");
    }

    /**
     * Finds the three guidelines among the pledge rows.
     *
     * @throws IllegalArgumentException when one is missing or ambiguous: the rows are not the bundled pledges
     */
    public static AllianceGuidelines from(List<Commitment> commitments) {
        List<Commitment> alliance = commitments.stream().filter(Commitment::allianceWide).toList();
        Commitment wales = one(alliance, c -> c.targetPctGdp() == TWO_PERCENT
                && PledgeTiming.parse(c.byYear()) instanceof PledgeTiming.ByYear, "dated 2% (Wales 2014)");
        Commitment vilnius = one(alliance, c -> c.targetPctGdp() == TWO_PERCENT
                && PledgeTiming.parse(c.byYear()) instanceof PledgeTiming.Standing, "annual 2% floor (Vilnius 2023)");
        Commitment hague = one(alliance, c -> c.targetPctGdp() == CORE_PERCENT
                && PledgeTiming.parse(c.byYear()) instanceof PledgeTiming.ByYear, "3.5% core (The Hague 2025)");
        return new AllianceGuidelines(wales, vilnius, hague);
    }

    /** The first year the Vilnius floor applies: the year after its announcement. */
    public int floorFrom() {
        OptionalInt due = PledgeTiming.parse(vilnius.byYear()).dueYear(PledgeTiming.announcedYear(vilnius.announced()));
        return due.orElseThrow(() -> new IllegalStateException("the Vilnius floor has no announcement year: '"
                + vilnius.announced() + "'"));
    }

    private static Commitment one(List<Commitment> alliance, Predicate<Commitment> test, String what) {
        List<Commitment> found = alliance.stream().filter(test).toList();
        if (found.size() != 1) {
            throw new IllegalArgumentException("expected one Alliance-wide " + what + " pledge, found " + found.size());
        }
        return found.get(0);
    }
}
