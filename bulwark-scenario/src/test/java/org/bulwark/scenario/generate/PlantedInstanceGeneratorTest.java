package org.bulwark.scenario.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bulwark.model.Link;
import org.bulwark.model.LinkId;
import org.bulwark.model.NodeId;
import org.bulwark.model.Reinforcement;
import org.bulwark.model.Scenario;
import org.bulwark.model.UnitId;
import org.bulwark.scenario.write.ScenarioWriter;
import org.junit.jupiter.api.Test;

class PlantedInstanceGeneratorTest {
    private final PlantedInstanceGenerator generator = new PlantedInstanceGenerator();

    @Test
    void sizesHaveTheirReinforcementsAndAValidScenario() {
        for (String size : PlantedSpec.sizeNames()) {
            PlantedInstance instance = generator.generate(PlantedSpec.size(size, 7));
            Scenario scenario = instance.scenario();
            assertThat(scenario.reinforcements()).hasSize(size.equals("small") ? 30 : 300);
            assertThat(instance.plan()).hasSize(scenario.reinforcements().size());
            assertThat(ScenarioInvariants.violations(scenario)).isEmpty();
        }
    }

    @Test
    void everyFamilyAppearsAtTheMediumSizeAndOnlyTheChosenOnes() {
        PlantedInstance medium = generator.generate(PlantedSpec.size("medium", 1));
        assertThat(medium.plan().stream().map(PlantedRoute::family).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(PlantedFamily.values());
        PlantedInstance ports = generator.generate(new PlantedSpec(20, EnumSet.of(PlantedFamily.PORT, PlantedFamily.DECOY), 3));
        assertThat(ports.plan().stream().map(PlantedRoute::family).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(PlantedFamily.PORT, PlantedFamily.DECOY);
    }

    @Test
    void everyPlantedRouteLeadsFromHomeToDestinationOverLinksTheUnitMayUse() {
        for (long seed = 1; seed <= 10; seed++) {
            PlantedInstance instance = generator.generate(PlantedSpec.of(PlantedSpec.SMALL, seed));
            Scenario scenario = instance.scenario();
            Set<UnitId> planted = new HashSet<>();
            for (PlantedRoute route : instance.plan()) {
                assertThat(planted.add(route.unit())).isTrue();
                var unit = scenario.unit(route.unit()).orElseThrow();
                Reinforcement r = scenario.reinforcements().stream().filter(x -> x.unit().equals(route.unit())).findFirst().orElseThrow();
                NodeId at = unit.home();
                for (LinkId id : route.links()) {
                    Link link = scenario.network().links().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
                    assertThat(link.touches(at)).isTrue();
                    assertThat(link.weightLimitTonnes()).isGreaterThanOrEqualTo(unit.heaviestItemTonnes());
                    at = link.other(at);
                }
                assertThat(at).isEqualTo(r.destination());
                // a day of slack at least over the generator's closure bound
                assertThat(r.requiredHour() - route.latestClosureHour()).isGreaterThanOrEqualTo(PlantedInstanceGenerator.SLACK_HOURS);
                assertThat(r.requiredHour()).isGreaterThan(r.availableHour());
            }
        }
    }

    @Test
    void decoyHeavyUnitsHaveOnlyTheFastRoad() {
        PlantedInstance instance = generator.generate(new PlantedSpec(16, EnumSet.of(PlantedFamily.DECOY), 5));
        Scenario scenario = instance.scenario();
        List<Link> limited = scenario.network().links().stream().filter(l -> Double.isFinite(l.weightLimitTonnes())).toList();
        assertThat(limited).isNotEmpty();
        long heavy = scenario.units().stream().filter(u -> u.heaviestItemTonnes() > 40).count();
        assertThat(heavy).isPositive();
        for (PlantedRoute route : instance.plan()) {
            boolean isHeavy = scenario.unit(route.unit()).orElseThrow().heaviestItemTonnes() > 40;
            boolean slow = route.links().stream().anyMatch(id -> limited.stream().anyMatch(l -> l.id().equals(id)));
            assertThat(slow).isNotEqualTo(isHeavy);
        }
    }

    @Test
    void sameSpecGivesIdenticalInstancesAndAnotherSeedAnother() {
        ScenarioWriter writer = new ScenarioWriter();
        PlantedInstance a = generator.generate(PlantedSpec.of(PlantedSpec.SMALL, 11));
        PlantedInstance b = new PlantedInstanceGenerator().generate(PlantedSpec.of(PlantedSpec.SMALL, 11));
        assertThat(writer.files(b.scenario())).isEqualTo(writer.files(a.scenario()));
        assertThat(b.plan()).isEqualTo(a.plan());
        PlantedInstance c = generator.generate(PlantedSpec.of(PlantedSpec.SMALL, 12));
        assertThat(writer.files(c.scenario())).isNotEqualTo(writer.files(a.scenario()));
    }

    @Test
    void describesItselfAsGeneratedAndIllustrative() {
        Scenario scenario = generator.generate(PlantedSpec.of(5, 1)).scenario();
        assertThat(scenario.info().illustrative()).isTrue();
        assertThat(scenario.info().classification()).isEqualTo("UNCLASSIFIED");
        assertThat(scenario.info().name()).contains("generated");
        assertThat(scenario.info().description()).contains("Generated, illustrative").contains("seed=1");
    }

    @Test
    void rejectsImpossibleSpecs() {
        assertThatThrownBy(() -> PlantedSpec.of(0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reinforcements must be > 0, was 0");
        assertThatThrownBy(() -> new PlantedSpec(5, Set.of(), 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one family");
        assertThatThrownBy(() -> PlantedSpec.size("huge", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Maybe use one of: small, medium");
    }
}
