package org.bulwark.targets.apportion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.bulwark.model.DefenceSpending;
import org.bulwark.model.FairShareKey;
import org.bulwark.model.NationCode;
import org.bulwark.model.Source;
import org.bulwark.model.Spending;
import org.bulwark.model.UnitCost;
import org.bulwark.model.UnitTypeId;
import org.junit.jupiter.api.Test;

/** Money from targets, checked against figures worked out by hand. */
class TargetCostingTest {
    private static final Source SOURCE = new Source("test", false);
    private static final UnitTypeId X = UnitTypeId.of("x");
    private static final UnitTypeId Y = UnitTypeId.of("y");
    private static final NationCode AAA = NationCode.of("AAA");
    private static final NationCode BBB = NationCode.of("BBB");
    private static final List<UnitCost> COSTS = List.of(new UnitCost(X, 100, 10, 2024, SOURCE));
    private static final Spending SPENDING = new Spending(List.of(row("AAA", 2023, 1000, 20000), row("AAA", 2024, 2000, 30000),
            row("BBB", 2024, 500, 5000)), List.of());

    private static DefenceSpending row(String nation, int year, double gdpBn, double defenceM) {
        return new DefenceSpending(NationCode.of(nation), year, OptionalDouble.of(100 * defenceM / 1000 / gdpBn),
                OptionalDouble.of(20), OptionalDouble.of(defenceM), OptionalDouble.of(gdpBn), SOURCE);
    }

    /** Targets x: 6, 2 and y: 3, 1 (quotas exactly); AAA holds 2 x, BBB 5 x. */
    private static ApportionmentInput input(OptionalInt keyYear) {
        ApportionmentInput custom = new TestdataApportionment().nation("AAA", 3).nation("BBB", 1).require("x", 8)
                .require("y", 4).holds("AAA", "x", 2).holds("BBB", "x", 5).build();
        return new ApportionmentInput(keyYear.isPresent() ? FairShareKey.GDP : FairShareKey.CUSTOM, keyYear,
                custom.weightUnit(), custom.participants(), custom.requirement(), custom.inventories(),
                custom.capMultiple(), custom.minimums(), custom.hostNationSupport(), custom.excluded());
    }

    @Test
    void newUnitsAcquisitionOperatingAndShares() {
        Apportionment a = TargetApportioner.apportion(input(OptionalInt.empty()));
        assertThat(a.targets()).extracting(CapabilityTarget::target).containsExactly(6, 3, 2, 1);
        TargetCost cost = TargetCosting.cost(a, COSTS, SPENDING, 10);

        NationCost aaa = cost.nation(AAA).orElseThrow();
        assertThat(aaa.newUnits()).isEqualTo(4);
        assertThat(aaa.uncostedNewUnits()).isEqualTo(3);
        assertThat(aaa.uncostedTypes()).containsExactly(Y);
        assertThat(aaa.acquisitionUsdMillions()).isEqualTo(400);
        assertThat(aaa.annualOperatingUsdMillions()).isEqualTo(40);
        assertThat(aaa.perYearUsdMillions()).isEqualTo(80);
        assertThat(aaa.figuresYear()).hasValue(2024); // custom key: the latest year with figures
        assertThat(aaa.pctGdp().getAsDouble()).isCloseTo(100 * 80 / 2_000_000.0, within(1e-15));
        assertThat(aaa.pctDefence().getAsDouble()).isCloseTo(100 * 80 / 30_000.0, within(1e-15));

        NationCost bbb = cost.nation(BBB).orElseThrow();
        assertThat(bbb.newUnits()).isZero(); // holds 5 x, target 2: nothing to buy, nothing saved either
        assertThat(bbb.uncostedNewUnits()).isEqualTo(1);
        assertThat(bbb.perYearUsdMillions()).isZero();
        assertThat(bbb.pctGdp()).hasValue(0.0);

        assertThat(cost.type(X).orElseThrow()).satisfies(x -> {
            assertThat(x.newUnits()).isEqualTo(4);
            assertThat(x.perYearUsdMillions()).isEqualTo(80);
            assertThat(x.cost()).hasValue(COSTS.get(0));
        });
        assertThat(cost.type(Y).orElseThrow()).satisfies(y -> {
            assertThat(y.newUnits()).isEqualTo(4);
            assertThat(y.cost()).isEmpty();
            assertThat(y.acquisitionUsdMillions()).isZero();
        });
        assertThat(cost.uncosted()).containsExactly(Y);
        assertThat(cost.alliance().newUnits()).isEqualTo(4);
        assertThat(cost.alliance().uncostedNewUnits()).isEqualTo(4);
        assertThat(cost.alliance().perYearUsdMillions()).isEqualTo(80);
        assertThat(cost.alliance().pctGdp().getAsDouble()).isCloseTo(100 * 80 / 2_500_000.0, within(1e-15));
        assertThat(cost.alliance().pctDefence().getAsDouble()).isCloseTo(100 * 80 / 35_000.0, within(1e-15));
    }

    @Test
    void theKeyYearsFiguresAreUsedAndMissingOnesLeaveNoPercentage() {
        Apportionment a = TargetApportioner.apportion(input(OptionalInt.of(2023)));
        TargetCost cost = TargetCosting.cost(a, COSTS, SPENDING, 4);
        NationCost aaa = cost.nation(AAA).orElseThrow();
        assertThat(aaa.figuresYear()).hasValue(2023);
        assertThat(aaa.perYearUsdMillions()).isEqualTo(400 / 4.0 + 40);
        assertThat(aaa.pctGdp().getAsDouble()).isCloseTo(100 * 140 / 1_000_000.0, within(1e-15));
        NationCost bbb = cost.nation(BBB).orElseThrow();
        assertThat(bbb.figuresYear()).isEmpty();
        assertThat(bbb.pctGdp()).isEmpty();
        assertThat(cost.alliance().pctGdp()).isEmpty();
        assertThat(cost.programmeYears()).isEqualTo(4);
    }
}
