package org.bulwark.scenario.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.bulwark.model.Mode;
import org.bulwark.model.NationRole;
import org.bulwark.model.NodeKind;
import org.bulwark.model.Scenario;
import org.bulwark.model.Spending;
import org.bulwark.model.UnitType;
import org.bulwark.scenario.write.ScenarioWriter;
import org.junit.jupiter.api.Test;

class ScenarioGeneratorTest {
    private final ScenarioGenerator generator = new ScenarioGenerator();
    private final ScenarioWriter writer = new ScenarioWriter();

    @Test
    void presetsHaveTheDocumentedSizes() {
        assertThat(GeneratorSpec.preset("small")).isEqualTo(new GeneratorSpec(50, 150, 30, 42));
        assertThat(GeneratorSpec.preset("Medium")).isEqualTo(new GeneratorSpec(500, 500, 90, 42));
        assertThat(GeneratorSpec.preset("large")).isEqualTo(new GeneratorSpec(5000, 2000, 180, 42));
        for (GeneratorSpec spec : new GeneratorSpec[] {GeneratorSpec.SMALL, GeneratorSpec.MEDIUM}) {
            Scenario scenario = generator.generate(spec);
            assertThat(scenario.units()).hasSize(spec.units());
            assertThat(scenario.network().nodes()).hasSize(spec.nodes());
            assertThat(scenario.info().horizonHours()).isEqualTo(spec.days() * 24.0);
            assertThat(ScenarioInvariants.violations(scenario)).isEmpty();
        }
    }

    @Test
    void largePresetIsValid() {
        Scenario scenario = generator.generate(GeneratorSpec.LARGE);
        assertThat(scenario.units()).hasSize(5000);
        assertThat(scenario.network().nodes()).hasSize(2000);
        assertThat(ScenarioInvariants.violations(scenario)).isEmpty();
    }

    @Test
    void sameSpecGivesIdenticalFiles() {
        SortedMap<String, String> first = writer.files(generator.generate(GeneratorSpec.SMALL));
        SortedMap<String, String> second = writer.files(new ScenarioGenerator().generate(GeneratorSpec.of(50, 150, 30, 42)));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void differentSeedGivesDifferentFiles() {
        SortedMap<String, String> seed42 = writer.files(generator.generate(GeneratorSpec.SMALL));
        SortedMap<String, String> seed43 = writer.files(generator.generate(GeneratorSpec.SMALL.withSeed(43)));
        assertThat(seed43).isNotEqualTo(seed42);
        assertThat(seed43.get("nodes.csv")).isNotEqualTo(seed42.get("nodes.csv"));
        assertThat(seed43.get("units.csv")).isNotEqualTo(seed42.get("units.csv"));
    }

    @Test
    void theatreHasEveryKindOfNodeAndMode() {
        Scenario scenario = generator.generate(GeneratorSpec.SMALL);
        Set<NodeKind> kinds = scenario.network().nodes().stream().map(n -> n.kind()).collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrder(NodeKind.values());
        Set<Mode> modes = scenario.network().links().stream().map(l -> l.mode()).collect(Collectors.toSet());
        assertThat(modes).containsExactlyInAnyOrder(Mode.values());
        assertThat(scenario.nations()).filteredOn(n -> n.role() == NationRole.ADVERSARY).hasSize(1);
        assertThat(scenario.objectives()).isNotEmpty();
        assertThat(scenario.threat().assemblyAreas()).isNotEmpty();
        assertThat(scenario.threat().axes()).isNotEmpty();
        assertThat(scenario.network().links()).anyMatch(l -> l.mode() == Mode.ROAD && Double.isFinite(l.weightLimitTonnes()));
        assertThat(scenario.network().links()).filteredOn(l -> l.mode() == Mode.AIR)
                .allMatch(l -> Double.isFinite(l.weightLimitTonnes()));
    }

    @Test
    void describesItselfAsSynthetic() {
        Scenario scenario = generator.generate(GeneratorSpec.SMALL);
        assertThat(scenario.info().illustrative()).isTrue();
        assertThat(scenario.info().classification()).isEqualTo("UNCLASSIFIED");
        assertThat(scenario.info().name()).containsIgnoringCase("synthetic");
        assertThat(scenario.info().description()).contains("units=50 nodes=150 days=30 seed=42");
        assertThat(scenario.spending()).isEqualTo(Spending.NONE);
    }

    @Test
    void carriesTheDefaultUnitTypes() {
        assertThat(generator.generate(GeneratorSpec.of(1, 10, 5, 0)).unitTypes().stream().map(UnitType::id).map(Object::toString))
                .containsExactly("armoured_bn", "mechanised_bn", "light_infantry_bn", "airborne_bn", "artillery_bn",
                        "air_defence_bn", "engineer_bn", "logistics_bn", "aviation_bn", "fighter_squadron", "headquarters");
    }

    @Test
    void smallestSpecWorks() {
        Scenario scenario = generator.generate(GeneratorSpec.of(1, GeneratorSpec.MIN_NODES, 1, -7));
        assertThat(scenario.units()).hasSize(1);
        assertThat(scenario.reinforcements()).hasSize(1);
        assertThat(ScenarioInvariants.violations(scenario)).isEmpty();
    }

    @Test
    void rejectsNonPositiveSizes() {
        assertThatThrownBy(() -> GeneratorSpec.of(0, 150, 30, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("units must be > 0, was 0");
        assertThatThrownBy(() -> GeneratorSpec.of(50, 9, 30, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nodes must be >= 10, was 9");
        assertThatThrownBy(() -> GeneratorSpec.of(50, 150, -1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("days must be > 0, was -1");
        assertThatThrownBy(() -> GeneratorSpec.preset("huge")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no generator preset called 'huge'").hasMessageContaining("Maybe use one of: small, medium, large");
    }
}
