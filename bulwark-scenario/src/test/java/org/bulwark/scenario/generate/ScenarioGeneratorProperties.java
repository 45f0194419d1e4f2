package org.bulwark.scenario.generate;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.bulwark.model.Scenario;
import org.bulwark.scenario.write.ScenarioWriter;

class ScenarioGeneratorProperties {
    private final ScenarioGenerator generator = new ScenarioGenerator();

    @Property(tries = 150)
    void generatedScenariosAreValid(@ForAll @IntRange(min = 1, max = 200) int units,
                                    @ForAll @IntRange(min = 10, max = 300) int nodes,
                                    @ForAll @IntRange(min = 5, max = 120) int days,
                                    @ForAll long seed) {
        GeneratorSpec spec = GeneratorSpec.of(units, nodes, days, seed);
        Scenario scenario = generator.generate(spec);

        assertThat(ScenarioInvariants.violations(scenario)).as("violations for %s", spec).isEmpty();
        assertThat(scenario.units()).hasSize(units);
        assertThat(scenario.network().nodes()).hasSize(nodes);
        assertThat(scenario.info().horizonHours()).isEqualTo(days * 24.0);
        assertThat(scenario.reinforcements()).isNotEmpty();
        assertThat(scenario.network().gaugeBreaks()).isNotEmpty();
    }

    @Property(tries = 60)
    void capacitiesBind(@ForAll @IntRange(min = 1, max = 200) int units,
                        @ForAll @IntRange(min = 10, max = 300) int nodes,
                        @ForAll @IntRange(min = 5, max = 120) int days,
                        @ForAll long seed) {
        Scenario scenario = generator.generate(GeneratorSpec.of(units, nodes, days, seed));
        double cheapest = ScenarioInvariants.cheapestCorridorTonnesPerDay(scenario);
        assertThat(cheapest * days)
                .as("the cheapest corridor over the horizon carries less than the reinforcements need")
                .isLessThan(ScenarioInvariants.reinforcementTonnes(scenario));
    }

    @Property(tries = 25)
    void sameSpecGivesSameFiles(@ForAll @IntRange(min = 1, max = 120) int units,
                                @ForAll @IntRange(min = 10, max = 150) int nodes,
                                @ForAll @IntRange(min = 5, max = 60) int days,
                                @ForAll long seed) {
        GeneratorSpec spec = GeneratorSpec.of(units, nodes, days, seed);
        ScenarioWriter writer = new ScenarioWriter();
        assertThat(writer.files(new ScenarioGenerator().generate(spec))).isEqualTo(writer.files(generator.generate(spec)));
    }
}
