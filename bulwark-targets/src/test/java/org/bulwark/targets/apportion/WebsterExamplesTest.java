package org.bulwark.targets.apportion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.bulwark.model.NationCode;
import org.bulwark.model.UnitTypeId;
import org.junit.jupiter.api.Test;

/** Hand-made apportionments with answers worked out by hand from the Sainte-Laguë quotients. */
class WebsterExamplesTest {
    private static final UnitTypeId BDE = UnitTypeId.of("bde");

    private static List<Integer> targets(Apportionment apportionment, UnitTypeId type) {
        return apportionment.targetsFor(type).stream().map(CapabilityTarget::target).toList();
    }

    private static CapabilityTarget target(Apportionment apportionment, String nation) {
        return apportionment.target(NationCode.of(nation), BDE).orElseThrow();
    }

    @Test
    void sainteLagueTextbookExample() {
        // Quotients w/1, w/3, w/5, w/7 of 100, 80, 30, 20 (thousands): 100 80 33.3 30 26.7 20 20 | 16 14.3 ...
        TestdataApportionment parties = new TestdataApportionment().nation("AAA", 100_000).nation("BBB", 80_000)
                .nation("CCC", 30_000).nation("DDD", 20_000);
        Apportionment seven = TargetApportioner.apportion(parties.require("bde", 7).build());
        assertThat(targets(seven, BDE)).containsExactly(3, 2, 1, 1);
        Apportionment eight = TargetApportioner.apportion(new TestdataApportionment().nation("AAA", 100_000)
                .nation("BBB", 80_000).nation("CCC", 30_000).nation("DDD", 20_000).require("bde", 8).build());
        assertThat(targets(eight, BDE)).containsExactly(3, 3, 1, 1);
        assertThat(eight.feasible()).isTrue();
        assertThat(eight.targets()).allSatisfy(t -> assertThat(t.binding()).isEqualTo(Binding.FAIR_SHARE));
        // Σ (x − q)² / q with q = 8 × (100, 80, 30, 20) / 230
        double[] q = {800 / 230.0, 640 / 230.0, 240 / 230.0, 160 / 230.0};
        int[] x = {3, 3, 1, 1};
        double expected = 0;
        for (int i = 0; i < 4; i++) {
            expected += (x[i] - q[i]) * (x[i] - q[i]) / q[i];
        }
        assertThat(eight.objective()).isCloseTo(expected, within(1e-12));
    }

    @Test
    void websterIsNotDHondt() {
        // 4 units of 62, 25, 13 (quotas 2.48, 1.00, 0.52). Sainte-Laguë quotients w/1, w/3, ...:
        // 62 25 20.7 13 | 12.4 8.3 4.3 → 2, 1, 1. D'Hondt (w/1, w/2, ...: 62 31 25 20.7) would give 3, 1, 0.
        Apportionment a = TargetApportioner.apportion(new TestdataApportionment().nation("AAA", 62).nation("BBB", 25)
                .nation("CCC", 13).require("bde", 4).build());
        assertThat(targets(a, BDE)).containsExactly(2, 1, 1);
    }

    @Test
    void tiesGoToEarlierParticipants() {
        Apportionment forward = TargetApportioner.apportion(new TestdataApportionment().nation("AAA", 1).nation("BBB", 1)
                .nation("CCC", 1).require("bde", 2).build());
        assertThat(targets(forward, BDE)).containsExactly(1, 1, 0);
        Apportionment backward = TargetApportioner.apportion(new TestdataApportionment().nation("CCC", 1)
                .nation("BBB", 1).nation("AAA", 1).require("bde", 2).build());
        assertThat(targets(backward, BDE)).containsExactly(1, 1, 0);
        assertThat(backward.targetsFor(BDE).get(2).nation()).isEqualTo(NationCode.of("AAA"));
    }

    @Test
    void aTieUpToFloatingPointRoundingGoesToTheEarlierParticipant() {
        // ApportionmentProperties seed -34138, type t0: weights 7, 5, 9, 5 (sum 26) and 38 units. Quotas
        // 10.23, 7.31, 13.15, 7.31 round to 10, 7, 13, 7 = 37. The 38th unit's quotients 7/21, 5/15, 9/27,
        // 5/15 are all exactly 1/3 (at the divisor 2/3 every quota is halfway: 10.5, 7.5, 13.5, 7.5), so
        // all four are Webster apportionments with the same criterion and the tie goes to the first, AAA.
        // In doubles the marginal costs 21/q_AAA and 15/q_BBB (both 39/19) differ by one ulp; scaled and
        // rounded on their own they became neighbouring integers and BBB took the unit: 10, 8, 13, 7.
        Apportionment a = TargetApportioner.apportion(new TestdataApportionment().nation("AAA", 7).nation("BBB", 5)
                .nation("CCC", 9).nation("DDD", 5).require("bde", 38).build());
        assertThat(targets(a, BDE)).containsExactly(11, 7, 13, 7);
        assertThat(TargetApportioner.webster(new double[] {7 / 26.0, 5 / 26.0, 9 / 26.0, 5 / 26.0}, 38))
                .containsExactly(11, 7, 13, 7);
        assertThat(a.targets()).allSatisfy(t -> {
            assertThat(t.binding()).isEqualTo(Binding.FAIR_SHARE);
            assertThat(t.target()).isEqualTo(t.fair());
        });
        // the tie: 11, 7, 13, 7 and 10, 8, 13, 7 have the same Σ (x − q)² / q
        double[] q = {7 * 38 / 26.0, 5 * 38 / 26.0, 9 * 38 / 26.0, 5 * 38 / 26.0};
        assertThat(a.objective()).isCloseTo(criterion(q, 10, 8, 13, 7), within(1e-12));
        assertThat(a.objective()).isCloseTo(criterion(q, 11, 7, 13, 7), within(1e-12));
        // the rule is the order, not the size: with BBB first, BBB takes the unit
        Apportionment reordered = TargetApportioner.apportion(new TestdataApportionment().nation("BBB", 5)
                .nation("AAA", 7).nation("CCC", 9).nation("DDD", 5).require("bde", 38).build());
        assertThat(targets(reordered, BDE)).containsExactly(8, 10, 13, 7);
        // and the random instance itself
        ApportionmentInput seed = TestdataApportionment.random(-34138, 10, 3, 200, false, false, true);
        assertThat(seed.requirement().get(0).quantity()).isEqualTo(38);
        assertThat(TargetApportioner.apportion(seed).targetsFor(UnitTypeId.of("t0")))
                .extracting(CapabilityTarget::target).containsExactly(11, 7, 13, 7);
    }

    private static double criterion(double[] q, int... x) {
        double sum = 0;
        for (int i = 0; i < q.length; i++) {
            sum += (x[i] - q[i]) * (x[i] - q[i]) / q[i];
        }
        return sum;
    }

    @Test
    void capBindsAndOthersAbsorb() {
        // Fair 5, 3, 2 of 10; AAA capped at 2 × 2 = 4; its unit goes to the lower marginal cost:
        // BBB's 4th (7/3 = 2.33) before CCC's 3rd (5/2 = 2.5).
        Apportionment a = TargetApportioner.apportion(new TestdataApportionment().nation("AAA", 5).nation("BBB", 3)
                .nation("CCC", 2).require("bde", 10).cap(2).holds("AAA", "bde", 2).holds("BBB", "bde", 5)
                .holds("CCC", "bde", 5).build());
        assertThat(targets(a, BDE)).containsExactly(4, 4, 2);
        CapabilityTarget capped = target(a, "AAA");
        assertThat(capped.binding()).isEqualTo(Binding.CAP);
        assertThat(capped.fair()).isEqualTo(5);
        assertThat(capped.upper()).isEqualTo(4);
        assertThat(capped.acquire()).isEqualTo(2);
        assertThat(capped.explanation()).contains("custom weight 5").contains("share 50.00 %").contains("quota 5.00")
                .contains("capped at 2 × inventory 2 = 4");
        assertThat(target(a, "BBB").binding()).isEqualTo(Binding.ABSORBED);
        assertThat(target(a, "BBB").acquire()).isZero();
        assertThat(target(a, "CCC").binding()).isEqualTo(Binding.FAIR_SHARE);
        assertThat(a.feasible()).isTrue();
    }

    @Test
    void minimumRaisesAndDisplaces() {
        // CCC must hold 4 (framework nation); AAA and BBB share 6 with quotas 5 and 3:
        // quotients' costs 1/5 1/3 3/5 5/5 3/3 → tie at 1.0 goes to AAA, then 7/5 < 5/3 → 4, 2.
        Apportionment a = TargetApportioner.apportion(new TestdataApportionment().nation("AAA", 5).nation("BBB", 3)
                .nation("CCC", 2).require("bde", 10).minimum("CCC", "bde", 4, "framework nation EST").build());
        assertThat(targets(a, BDE)).containsExactly(4, 2, 4);
        assertThat(target(a, "CCC").binding()).isEqualTo(Binding.MINIMUM);
        assertThat(target(a, "CCC").explanation()).contains("raised to the minimum 4 (framework nation EST)");
        assertThat(target(a, "AAA").binding()).isEqualTo(Binding.DISPLACED);
        assertThat(target(a, "BBB").binding()).isEqualTo(Binding.DISPLACED);
    }

    @Test
    void hostNationSupportIsALowerBound() {
        Apportionment a = TargetApportioner.apportion(new TestdataApportionment().nation("AAA", 9).nation("LTU", 1)
                .require("bde", 10).support("LTU", "bde", 3).build());
        assertThat(targets(a, BDE)).containsExactly(7, 3);
        assertThat(target(a, "LTU").binding()).isEqualTo(Binding.HOST_NATION_SUPPORT);
        assertThat(target(a, "LTU").lower()).isEqualTo(3);
        assertThat(target(a, "LTU").explanation()).contains("host-nation support of 3");
    }

    @Test
    void aNationsTotalMinimumIsMetAcrossTypes() {
        Apportionment a = TargetApportioner.apportion(new TestdataApportionment().nation("AAA", 1).nation("BBB", 1)
                .require("x", 2).require("y", 2).minimum("BBB", null, 3, "lead nation").build());
        assertThat(a.feasible()).isTrue();
        assertThat(a.targetsOf(NationCode.of("BBB")).stream().mapToInt(CapabilityTarget::target).sum()).isEqualTo(3);
        assertThat(a.total(UnitTypeId.of("x"))).isEqualTo(2);
        assertThat(a.total(UnitTypeId.of("y"))).isEqualTo(2);
        assertThat(a.targetsOf(NationCode.of("BBB"))).filteredOn(t -> t.target() == 2).singleElement()
                .satisfies(t -> {
                    assertThat(t.binding()).isEqualTo(Binding.MINIMUM);
                    assertThat(t.explanation()).contains("total reaches its minimum 3 (lead nation)");
                });
    }

    @Test
    void aNationWithoutShareGetsOnlyItsLowerBound() {
        Apportionment a = TargetApportioner.apportion(new TestdataApportionment().nation("AAA", 1).nation("ZZZ", 0)
                .require("bde", 5).minimum("ZZZ", "bde", 1, "host").build());
        assertThat(targets(a, BDE)).containsExactly(4, 1);
        assertThat(target(a, "ZZZ").binding()).isEqualTo(Binding.NO_SHARE);
        assertThat(target(a, "ZZZ").quota()).isZero();
        assertThat(target(a, "AAA").binding()).isEqualTo(Binding.DISPLACED);
    }
}
