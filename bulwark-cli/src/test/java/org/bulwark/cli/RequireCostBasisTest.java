package org.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.bulwark.campaign.UnitOption;
import org.bulwark.model.Scenario;
import org.bulwark.model.TargetSetup;
import org.bulwark.model.UnitCost;
import org.bulwark.cli.RequireCommand.CostBasis;
import org.bulwark.cli.RequireCommand.Costing;
import org.junit.jupiter.api.Test;

/** {@code require} costs candidates by --cost, else by the scenario's cost table when it covers them all, else by personnel. */
class RequireCostBasisTest {
    private static final Scenario BUNDLED = ScenarioLoading.load("eastern-flank-2023", new PrintWriter(new StringWriter()))
            .orElseThrow();

    @Test
    void theBundledScenarioIsCostedFromItsTableAsAcquisitionPlusOneYearOfOperating() {
        Costing costing = RequireCommand.unitOptions(BUNDLED, Map.of());

        assertThat(costing.basis()).isEqualTo(CostBasis.TABLE);
        assertThat(costing.units()).isNotEmpty().allSatisfy(u -> {
            UnitCost cost = BUNDLED.targets().costs().stream().filter(c -> c.type().equals(u.type())).findFirst().orElseThrow();
            assertThat(u.cost()).isEqualTo(cost.acquisitionUsdMillions() + cost.annualOperatingUsdMillions());
            assertThat(u.costIsProxy()).isFalse();
        });
    }

    @Test
    void givenCostsReplaceTheTableAndTheOtherTypesCostTheirPersonnel() {
        Costing costing = RequireCommand.unitOptions(BUNDLED, Map.of("armoured_bde", 40.0));

        assertThat(costing.basis()).isEqualTo(CostBasis.PERSONNEL);
        assertThat(costing.units()).filteredOn(u -> u.type().value().equals("armoured_bde"))
                .singleElement().satisfies(u -> assertThat(u.cost()).isEqualTo(40.0));
        assertThat(costing.units()).filteredOn(UnitOption::costIsProxy).isNotEmpty();
    }

    @Test
    void aTableMissingOneCandidateTypeFallsBackToPersonnelForAll() {
        TargetSetup t = BUNDLED.targets();
        List<UnitCost> withoutBattlegroup = t.costs().stream().filter(c -> !c.type().value().equals("battlegroup")).toList();
        Scenario s = new Scenario(BUNDLED.info(), BUNDLED.nations(), BUNDLED.unitTypes(), BUNDLED.units(), BUNDLED.network(),
                BUNDLED.regions(), BUNDLED.objectives(), BUNDLED.posture(), BUNDLED.reinforcements(), BUNDLED.threat(),
                BUNDLED.spending(), BUNDLED.campaign(), new TargetSetup(t.key(), t.keyYear(), t.customWeights(),
                        t.capMultiple(), t.participants(), t.requirement(), t.inventories(), withoutBattlegroup, t.minimums(),
                        t.hostNationSupport(), t.programmeYears(), t.source()));

        Costing costing = RequireCommand.unitOptions(s, Map.of());

        assertThat(costing.basis()).isEqualTo(CostBasis.PERSONNEL);
        assertThat(costing.units()).allSatisfy(u -> assertThat(u.costIsProxy()).isTrue());
    }
}
