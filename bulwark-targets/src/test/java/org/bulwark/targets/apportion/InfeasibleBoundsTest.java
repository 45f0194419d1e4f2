package org.bulwark.targets.apportion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.bulwark.model.NationCode;
import org.bulwark.model.UnitTypeId;
import org.junit.jupiter.api.Test;

/** Requests the bounds cannot satisfy: targets for what can be covered, plus what is missing and why. */
class InfeasibleBoundsTest {
    private static final UnitTypeId ARMOUR = UnitTypeId.of("armoured_bde");

    @Test
    void capsThatCannotCoverTheRequirementGiveAShortfall() {
        Apportionment a = TargetApportioner.apportion(new TestdataApportionment().nation("AAA", 5).nation("BBB", 3)
                .nation("CCC", 2).require("armoured_bde", 40).require("mechanised_bde", 4).cap(1.5)
                .holds("AAA", "armoured_bde", 14).holds("BBB", "armoured_bde", 6).holds("CCC", "armoured_bde", 1)
                .holds("AAA", "mechanised_bde", 2).holds("BBB", "mechanised_bde", 2).holds("CCC", "mechanised_bde", 2)
                .build());
        assertThat(a.feasible()).isFalse();
        assertThat(a.shortfalls()).containsExactly(new Shortfall(ARMOUR, 40, 31, 9,
                "armoured_bde: required 40, caps allow 31, missing 9"));
        assertThat(a.conflicts()).isEmpty();
        assertThat(a.targetsFor(ARMOUR)).extracting(CapabilityTarget::target).containsExactly(21, 9, 1);
        // every nation is at its cap; AAA's cap is above its fair rounding, so it absorbs what the others cannot give
        assertThat(a.targetsFor(ARMOUR)).allSatisfy(t -> assertThat(t.target()).isEqualTo(t.upper()));
        assertThat(a.targetsFor(ARMOUR)).extracting(CapabilityTarget::binding)
                .containsExactly(Binding.ABSORBED, Binding.CAP, Binding.CAP);
        assertThat(a.total(ARMOUR)).isEqualTo(31);
        // the other type is unaffected: fair 2, 1, 1 within caps 3, 3, 3
        assertThat(a.total(UnitTypeId.of("mechanised_bde"))).isEqualTo(4);
    }

    @Test
    void minimumsAboveTheRequirementAreKeptAndReported() {
        Apportionment a = TargetApportioner.apportion(new TestdataApportionment().nation("AAA", 1).nation("BBB", 1)
                .nation("CCC", 1).require("armoured_bde", 3).minimum("AAA", "armoured_bde", 2, "framework")
                .support("BBB", "armoured_bde", 2).build());
        assertThat(a.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Conflict.Kind.MINIMUMS_EXCEED_REQUIREMENT);
            assertThat(c.type()).hasValue(ARMOUR);
            assertThat(c.demanded()).isEqualTo(4);
            assertThat(c.possible()).isEqualTo(3);
            assertThat(c.reason()).contains("add up to 4, above the requirement 3");
        });
        assertThat(a.targetsFor(ARMOUR)).extracting(CapabilityTarget::target).containsExactly(2, 2, 0);
        assertThat(a.shortfalls()).isEmpty();
    }

    @Test
    void aMinimumAboveTheCapWins() {
        Apportionment a = TargetApportioner.apportion(new TestdataApportionment().nation("AAA", 1).nation("BBB", 1)
                .require("armoured_bde", 6).cap(2).holds("AAA", "armoured_bde", 1).holds("BBB", "armoured_bde", 3)
                .minimum("AAA", "armoured_bde", 3, "framework nation LTU").build());
        assertThat(a.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Conflict.Kind.MINIMUM_ABOVE_CAP);
            assertThat(c.nation()).hasValue(NationCode.of("AAA"));
            assertThat(c.reason()).isEqualTo("AAA armoured_bde: the minimum 3 (framework nation LTU) is above the cap "
                    + "2 × inventory 1 = 2; the target keeps 3");
        });
        assertThat(a.targetsFor(ARMOUR)).extracting(CapabilityTarget::target).containsExactly(3, 3);
        assertThat(a.target(NationCode.of("AAA"), ARMOUR).orElseThrow().upper()).isEqualTo(3);
    }

    @Test
    void aMinimumAboveTheCapBelowTheFairRoundingSaysSo() {
        // BBB's fair rounding is 6 of 8; its cap is 1 but its host-nation support 2 holds it at 2.
        Apportionment a = TargetApportioner.apportion(new TestdataApportionment().nation("AAA", 1).nation("BBB", 3)
                .require("armoured_bde", 8).cap(2).holds("AAA", "armoured_bde", 4).support("BBB", "armoured_bde", 2)
                .build());
        CapabilityTarget bbb = a.target(NationCode.of("BBB"), ARMOUR).orElseThrow();
        assertThat(bbb.target()).isEqualTo(2);
        assertThat(bbb.binding()).isEqualTo(Binding.CAP);
        assertThat(bbb.explanation()).endsWith("held at the host-nation support 2, itself above the cap 2 × inventory 0 = 0");
        assertThat(a.target(NationCode.of("AAA"), ARMOUR).orElseThrow().target()).isEqualTo(6);
        assertThat(a.shortfalls()).isEmpty();
        assertThat(a.conflicts()).extracting(Conflict::kind).containsExactly(Conflict.Kind.MINIMUM_ABOVE_CAP);
    }

    @Test
    void aNationMinimumBeyondTheRequirementIsReported() {
        Apportionment a = TargetApportioner.apportion(new TestdataApportionment().nation("AAA", 1).nation("BBB", 3)
                .require("armoured_bde", 4).minimum("AAA", null, 10, "lead nation").build());
        assertThat(a.targetsFor(ARMOUR)).extracting(CapabilityTarget::target).containsExactly(4, 0);
        assertThat(a.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Conflict.Kind.NATION_MINIMUM_UNMET);
            assertThat(c.nation()).hasValue(NationCode.of("AAA"));
            assertThat(c.type()).isEqualTo(Optional.empty());
            assertThat(c.demanded()).isEqualTo(10);
            assertThat(c.possible()).isEqualTo(4);
        });
    }

    @Test
    void nothingIsThrownForAnEmptyOrZeroRequirement() {
        Apportionment a = TargetApportioner.apportion(new TestdataApportionment().nation("AAA", 1).nation("BBB", 3)
                .require("armoured_bde", 0).build());
        assertThat(a.feasible()).isTrue();
        assertThat(a.targets()).extracting(CapabilityTarget::target).isEqualTo(List.of(0, 0));
        assertThat(a.objective()).isZero();
    }
}
