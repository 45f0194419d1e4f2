package org.bulwark.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.bulwark.model.CampaignInput;
import org.bulwark.model.Distribution;
import org.bulwark.model.Uncertainty;

/**
 * The reader accepts an uncertainty exactly when the model's records do
 * ({@link Distribution}'s constructors and {@link Uncertainty}'s range rule), and turns every
 * other one into problems, never an exception: its checks and the records' cannot drift apart.
 */
class CampaignDistributionProperties {
    private static Path scenario;

    @BeforeContainer
    static void copyFixture() throws IOException {
        scenario = TestScenarios.copyOfValid(Files.createTempDirectory("bulwark-campaign-"));
        TestScenarios.delete(scenario, "terrain.csv");
    }

    @AfterContainer
    static void deleteFixture() throws IOException {
        try (Stream<Path> walk = Files.walk(scenario)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Property(tries = 200)
    void readerAgreesWithTheModelRecords(@ForAll("inputs") CampaignInput input, @ForAll("shapes") DistributionShape shape,
                                         @ForAll("numbers") List<Double> values) {
        Map<String, Double> numbers = new LinkedHashMap<>();
        List<String> fields = new ArrayList<>(shape.fields());
        for (int i = 0; i < fields.size(); i++) {
            // optional numbers (a normal's truncation) are left out for every third value drawn
            if (shape.required().contains(fields.get(i)) || values.get(i) % 3 != 0) {
                numbers.put(fields.get(i), values.get(i));
            }
        }
        StringBuilder yaml = new StringBuilder("uncertainty:\n  ").append(input.id()).append(": {distribution: ").append(shape.label());
        numbers.forEach((field, value) -> yaml.append(", ").append(field).append(": ").append(String.format(Locale.ROOT, "%s", value)));
        TestScenarios.write(scenario, "campaign.yaml", yaml.append("}\n").toString());

        ScenarioRead read = ScenarioReader.read(scenario);

        assertThat(read.problems()).allSatisfy(p -> assertThat(p.location().file()).isEqualTo("campaign.yaml"));
        boolean modelAccepts = modelAccepts(input, shape, numbers);
        Statistics.collect(modelAccepts ? "accepted" : "rejected");
        Statistics.coverage(coverage -> {
            coverage.check("accepted").percentage(p -> p > 10);
            coverage.check("rejected").percentage(p -> p > 10);
        });
        assertThat(read).as("%s %s %s: %s", input.id(), shape, numbers, TestScenarios.formatted(read))
                .isInstanceOf(modelAccepts ? ScenarioRead.Valid.class : ScenarioRead.Invalid.class);
        if (read instanceof ScenarioRead.Valid valid) {
            assertThat(valid.scenario().campaign().uncertainty(input)).map(Uncertainty::distribution)
                    .contains(shape.build(numbers));
        }
    }

    private static boolean modelAccepts(CampaignInput input, DistributionShape shape, Map<String, Double> numbers) {
        try {
            new Uncertainty(input, shape.build(numbers), org.bulwark.model.Source.NONE);
            return true;
        } catch (IllegalArgumentException rejected) {
            return false;
        }
    }

    @Provide
    Arbitrary<CampaignInput> inputs() {
        return Arbitraries.of(List.copyOf(ScenarioBinder.INPUTS.values()));
    }

    @Provide
    Arbitrary<DistributionShape> shapes() {
        return Arbitraries.of(DistributionShape.class);
    }

    /** Four numbers (the most any shape takes), small integers and fractions around the interesting edges. */
    @Provide
    Arbitrary<List<Double>> numbers() {
        Arbitrary<Double> number = Arbitraries.oneOf(
                Arbitraries.integers().between(-2, 12).map(Integer::doubleValue),
                Arbitraries.of(0.0, 0.5, 0.1, 1.0, 1.5, 10.0, 24.0, 336.0, -0.5));
        return number.list().ofSize(4);
    }
}
