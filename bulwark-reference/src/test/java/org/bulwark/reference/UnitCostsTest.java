package org.bulwark.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bulwark.model.UnitCost;
import org.bulwark.model.UnitTypeId;
import org.junit.jupiter.api.Test;

class UnitCostsTest {
    private static final ReferenceData DATA = ReferenceData.bundled();

    @Test
    void everyRowIsADerivedEstimateWithItsArithmeticAndItsUrls() {
        assertThat(DATA.unitCosts()).hasSize(17).allSatisfy(row -> {
            assertThat(row.cost().source().estimate()).as(row.cost().type().value()).isTrue();
            assertThat(row.cost().source().reference()).contains("https://");
            assertThat(row.notes()).contains("acquisition = ").contains("annual operating = ")
                    .contains("not an official cost");
            assertThat(row.cost().acquisitionUsdMillions()).isPositive();
            assertThat(row.cost().annualOperatingUsdMillions()).isPositive();
            assertThat(row.cost().priceYear()).isEqualTo(2024);
        });
    }

    @Test
    void spotValuesEqualTheCsv() {
        UnitCost armoured = cost("armoured_bn");
        assertThat(armoured.acquisitionUsdMillions()).isEqualTo(1536.6);
        assertThat(armoured.annualOperatingUsdMillions()).isEqualTo(90.0);
        assertThat(cost("fighter_squadron").acquisitionUsdMillions()).isEqualTo(2315.1);
    }

    @Test
    void aBrigadeCostsTheSumOfItsBattalions() {
        double battalions = 2 * cost("armoured_bn").acquisitionUsdMillions() + cost("mechanised_bn").acquisitionUsdMillions()
                + cost("artillery_bn").acquisitionUsdMillions() + cost("engineer_bn").acquisitionUsdMillions()
                + cost("logistics_bn").acquisitionUsdMillions() + cost("headquarters").acquisitionUsdMillions();
        assertThat(cost("armoured_bde").acquisitionUsdMillions()).isCloseTo(battalions, org.assertj.core.data.Offset.offset(0.5));
    }

    @Test
    void theCostTableAloneEqualsTheFullLoad() {
        List<UnitCost> full = DATA.unitCosts().stream().map(ReferenceUnitCost::cost).toList();
        assertThat(ReferenceData.bundledUnitCosts()).isEqualTo(full);
        assertThat(DATA.dataset("unit_costs")).hasValueSatisfying(d -> {
            assertThat(d.estimateRows()).isEqualTo(17);
            assertThat(d.sourceUrls()).hasSize(10).allSatisfy(url -> assertThat(url).startsWith("https://").doesNotContain(";"));
        });
    }

    private static UnitCost cost(String type) {
        return DATA.unitCosts().stream().map(ReferenceUnitCost::cost).filter(c -> c.type().equals(UnitTypeId.of(type)))
                .findFirst().orElseThrow();
    }
}
