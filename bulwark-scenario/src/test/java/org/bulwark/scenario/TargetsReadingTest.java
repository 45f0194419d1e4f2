package org.bulwark.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.bulwark.model.CapabilityRequirement;
import org.bulwark.model.ContributionMinimum;
import org.bulwark.model.FairShareKey;
import org.bulwark.model.HostNationSupport;
import org.bulwark.model.Inventory;
import org.bulwark.model.NationCode;
import org.bulwark.model.Scenario;
import org.bulwark.model.Source;
import org.bulwark.model.TargetSetup;
import org.bulwark.model.UnitCost;
import org.bulwark.model.UnitType;
import org.bulwark.model.UnitTypeId;
import org.bulwark.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** targets.yaml, inventories.csv and costs.csv are read into {@link TargetSetup} with nothing lost. */
class TargetsReadingTest {
    private static final NationCode LTU = NationCode.of("LTU");
    private static final NationCode POL = NationCode.of("POL");
    private static final NationCode DEU = NationCode.of("DEU");

    @Test
    void readsEveryTargetSetting() {
        TargetSetup t = read(TestScenarios.valid()).targets();

        assertThat(t.key()).isEqualTo(FairShareKey.GDP);
        assertThat(t.keyYear()).isEqualTo(OptionalInt.of(2024));
        assertThat(t.customWeights()).isEmpty();
        assertThat(t.capMultiple()).isEqualTo(OptionalDouble.of(2.0));
        assertThat(t.participants()).containsExactly(LTU, POL, DEU);
        assertThat(t.programmeYears()).isEqualTo(8);
        assertThat(t.source()).isEqualTo(new Source("test plan", false));
        assertThat(t.requirement()).containsExactly(
                new CapabilityRequirement(type("mechanised_bde"), 3, new Source("test plan table 1", false)),
                new CapabilityRequirement(type("armoured_bn"), 2, Source.NONE),
                new CapabilityRequirement(type("battlegroup"), 1, Source.NONE));
        assertThat(t.minimums()).containsExactly(
                new ContributionMinimum(DEU, Optional.of(type("battlegroup")), 1, "framework nation in Lithuania",
                        new Source("NATO eFP fact sheet", false)),
                new ContributionMinimum(POL, Optional.empty(), 1, "host of the Suwałki gap", Source.NONE));
        assertThat(t.hostNationSupport()).containsExactly(
                new HostNationSupport(LTU, type("mechanised_bde"), 1, new Source("Iron Wolf brigade", false)));
        assertThat(t.inventories()).containsExactly(
                new Inventory(LTU, type("mechanised_bde"), 1, new Source("test holdings", true)),
                new Inventory(POL, type("mechanised_bde"), 2, Source.NONE),
                new Inventory(DEU, type("armoured_bn"), 3, Source.NONE),
                new Inventory(DEU, type("battlegroup"), 1, Source.NONE));
    }

    @Test
    void costsCsvOverlaysTheBundledTableTypeByTypeInCatalogueOrder() {
        Scenario scenario = read(TestScenarios.valid());
        List<UnitCost> costs = scenario.targets().costs();

        assertThat(costs).extracting(UnitCost::type)
                .containsExactlyElementsOf(scenario.unitTypes().stream().map(UnitType::id).toList());
        assertThat(cost(costs, "mechanised_bde")).isEqualTo(
                new UnitCost(type("mechanised_bde"), 2100, 700, 2024, new Source("test price list", false)));
        assertThat(cost(costs, "battlegroup")).isEqualTo(new UnitCost(type("battlegroup"), 900.5, 180, 2023, Source.NONE));
        assertThat(cost(costs, "armoured_bn")).isEqualTo(cost(ReferenceData.bundledUnitCosts(), "armoured_bn"));
    }

    @Test
    void withoutTheFilesTheSetupIsTheDefaultWithTheBundledCosts(@TempDir Path dir) {
        Path folder = TestScenarios.copyOfValid(dir);
        TestScenarios.delete(folder, "targets.yaml");
        TestScenarios.delete(folder, "inventories.csv");
        TestScenarios.delete(folder, "costs.csv");

        Scenario scenario = read(folder);
        TargetSetup t = scenario.targets();

        assertThat(new TargetSetup(t.key(), t.keyYear(), t.customWeights(), t.capMultiple(), t.participants(), t.requirement(),
                t.inventories(), List.of(), t.minimums(), t.hostNationSupport(), t.programmeYears(), t.source()))
                .isEqualTo(TargetSetup.DEFAULT);
        assertThat(t.costs()).hasSize(scenario.unitTypes().size())
                .allSatisfy(c -> assertThat(ReferenceData.bundledUnitCosts()).contains(c));
    }

    @Test
    void keysLeftOutTakeTheDefaultsAndACustomKeyReadsItsWeights(@TempDir Path dir) {
        Path folder = TestScenarios.copyOfValid(dir);
        TestScenarios.write(folder, "targets.yaml", """
                key: custom
                weights: {DEU: 3.0, POL: 2, LTU: 0}
                """);

        TargetSetup t = read(folder).targets();

        assertThat(t.key()).isEqualTo(FairShareKey.CUSTOM);
        assertThat(t.customWeights()).containsExactly(entry(DEU, 3.0), entry(POL, 2.0), entry(LTU, 0.0));
        assertThat(t.keyYear()).isEmpty();
        assertThat(t.capMultiple()).isEmpty();
        assertThat(t.participants()).isEmpty();
        assertThat(t.requirement()).isEmpty();
        assertThat(t.programmeYears()).isEqualTo(TargetSetup.DEFAULT.programmeYears());
    }

    @Test
    void weightsWithoutTheCustomKeyAreAWarningOnly(@TempDir Path dir) {
        Path folder = TestScenarios.copyOfValid(dir);
        TestScenarios.replace(folder, "targets.yaml", "key: gdp", "key: gdp\nweights: {DEU: 1}");

        ScenarioRead read = ScenarioReader.read(folder);

        assertThat(read).isInstanceOf(ScenarioRead.Valid.class);
        assertThat(TestScenarios.formatted(read)).isEqualTo("""
                targets.yaml:3:11 warning: weights: weights are read only with key: custom, and the key is gdp
                    set key: custom to use them, or remove them""");
    }

    private static UnitCost cost(List<UnitCost> costs, String type) {
        return costs.stream().filter(c -> c.type().equals(type(type))).findFirst().orElseThrow();
    }

    private static UnitTypeId type(String id) {
        return UnitTypeId.of(id);
    }

    private static Scenario read(Path folder) {
        ScenarioRead read = ScenarioReader.read(folder);
        assertThat(read).as(TestScenarios.formatted(read)).isInstanceOf(ScenarioRead.Valid.class);
        assertThat(read.problems()).isEmpty();
        return ((ScenarioRead.Valid) read).scenario();
    }
}
