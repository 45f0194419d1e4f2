package org.bulwark.scenario.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.SortedMap;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.bulwark.model.Scenario;
import org.bulwark.scenario.Problem;
import org.bulwark.scenario.ScenarioRead;
import org.bulwark.scenario.ScenarioReader;
import org.bulwark.scenario.write.ScenarioWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generated scenarios pass the real reader, with no problem at all, and survive a round trip:
 * generate → write → read → write gives the same files.
 */
class GeneratedScenarioReadBackProperties {
    private final ScenarioGenerator generator = new ScenarioGenerator();
    private final ScenarioWriter writer = new ScenarioWriter();

    @Property(tries = 40)
    void everyGeneratedScenarioReadsBackUnchanged(@ForAll @IntRange(min = 1, max = 150) int units,
                                                  @ForAll @IntRange(min = 10, max = 200) int nodes,
                                                  @ForAll @IntRange(min = 1, max = 120) int days,
                                                  @ForAll long seed) throws IOException {
        assertRoundTrip(GeneratorSpec.of(units, nodes, days, seed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "medium"})
    void presetsReadBackUnchanged(String preset) throws IOException {
        assertRoundTrip(GeneratorSpec.preset(preset));
    }

    @Test
    void largePresetValidates() throws IOException {
        Scenario generated = generator.generate(GeneratorSpec.LARGE);
        Path folder = Files.createTempDirectory("bulwark-large-");
        try {
            writer.write(generated, folder);
            ScenarioRead read = ScenarioReader.read(folder);
            assertThat(read.problems()).extracting(Problem::format).isEmpty();
            assertThat(read).isInstanceOf(ScenarioRead.Valid.class);
        } finally {
            delete(folder);
        }
    }

    private void assertRoundTrip(GeneratorSpec spec) throws IOException {
        Scenario generated = generator.generate(spec);
        SortedMap<String, String> files = writer.files(generated);
        Path folder = Files.createTempDirectory("bulwark-gen-");
        try {
            writer.write(generated, folder);
            ScenarioRead read = ScenarioReader.read(folder);
            assertThat(read.problems()).as("problems for %s", spec).extracting(Problem::format).isEmpty();
            Scenario back = ((ScenarioRead.Valid) read).scenario();
            assertThat(writer.files(back)).as("round trip of %s", spec).isEqualTo(files);
        } finally {
            delete(folder);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
