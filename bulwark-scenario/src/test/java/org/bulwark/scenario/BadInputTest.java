package org.bulwark.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading reports every problem in one go, and garbage never makes it throw. */
class BadInputTest {

    @Test
    void reportsEveryProblemInEveryFileInOneRead(@TempDir Path dir) {
        Path folder = TestScenarios.copyOfValid(dir);
        TestScenarios.replace(folder, "scenario.yaml", "horizon_days: 30", "horizon_days: soon");
        TestScenarios.replace(folder, "nations.yaml", "role: partner", "role: friend");
        TestScenarios.replace(folder, "nodes.csv", "54.687,25.280", "154.687,25.280");
        TestScenarios.replace(folder, "links.csv", "R_KLJ_KNS,LT_KLJ,LT_KNS", "R_KLJ_KNS,LT_KLJ,LT_KNA");
        TestScenarios.replace(folder, "units.csv", "Polish mechanised brigade,4800", "Polish mechanised brigade,many");
        TestScenarios.replace(folder, "reinforcements.csv", "POL_MECH_1,PL_SUW,24,96", "POL_MECH_1,PL_SWU,24,96");
        TestScenarios.replace(folder, "threat.yaml", "warning_hours: 168", "warning_hour: 168");
        TestScenarios.replace(folder, "campaign.yaml", "days: 20", "days: -20");
        TestScenarios.replace(folder, "terrain.csv", "LT_VNO,urban", "LT_VNO,urbane");

        ScenarioRead read = ScenarioReader.read(folder);

        assertThat(read).isInstanceOf(ScenarioRead.Invalid.class);
        assertThat(read.problems()).extracting(p -> p.location().file())
                .containsOnlyOnce("scenario.yaml", "nations.yaml", "nodes.csv", "links.csv", "units.csv", "reinforcements.csv",
                        "campaign.yaml", "terrain.csv")
                .contains("threat.yaml");
        assertThat(read.problems()).isSorted();
    }

    static Stream<Arguments> garbage() {
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 37);
        }
        return Stream.of(
                garbage("binary bytes in a YAML file", f -> TestScenarios.writeBytes(f, "scenario.yaml", binary)),
                garbage("binary bytes in a CSV file", f -> TestScenarios.writeBytes(f, "units.csv", binary)),
                garbage("control characters in YAML", f -> TestScenarios.write(f, "threat.yaml", "warning_hours: \u0001\u0002\n")),
                garbage("a CSV with mismatched columns", f -> TestScenarios.write(f, "links.csv", "id,from\nA\nB,C,D,E\n,,,,,,,,,,,,,,,,,\n")),
                garbage("an empty YAML file", f -> TestScenarios.write(f, "nations.yaml", "")),
                garbage("an empty CSV file", f -> TestScenarios.write(f, "nodes.csv", "")),
                garbage("a CSV with a header only", f -> TestScenarios.write(f, "units.csv", "id,nation,type,home\n")),
                garbage("a YAML list instead of a map", f -> TestScenarios.write(f, "scenario.yaml", "- a\n- b\n")),
                garbage("a YAML scalar instead of a map", f -> TestScenarios.write(f, "threat.yaml", "just text\n")),
                garbage("rows that are not mappings", f -> TestScenarios.write(f, "objectives.yaml", "objectives: [1, [2], {x: 3}, ~]\n")),
                garbage("nested values where scalars belong", f -> TestScenarios.write(f, "regions.yaml",
                        "regions:\n  - {id: [a], name: {b: c}}\n")),
                garbage("a recursive alias", f -> TestScenarios.write(f, "regions.yaml", "regions: &r\n  - *r\n")),
                garbage("two YAML documents", f -> TestScenarios.write(f, "regions.yaml", "regions: []\n---\nregions: []\n")),
                garbage("huge numbers", f -> TestScenarios.replace(f, "units.csv", "Polish mechanised brigade,4800",
                        "Polish mechanised brigade,99999999999999999999")),
                garbage("an empty folder", f -> List.of("scenario.yaml", "nations.yaml", "regions.yaml", "nodes.csv", "links.csv",
                        "gauge-breaks.yaml", "units.csv", "posture.yaml", "reinforcements.csv", "objectives.yaml", "threat.yaml",
                        "campaign.yaml", "terrain.csv").forEach(file -> TestScenarios.delete(f, file))),
                // campaign.yaml and terrain.csv
                garbage("binary bytes in campaign.yaml", f -> TestScenarios.writeBytes(f, "campaign.yaml", binary)),
                garbage("binary bytes in terrain.csv", f -> TestScenarios.writeBytes(f, "terrain.csv", binary)),
                garbage("campaign.yaml as a list", f -> TestScenarios.write(f, "campaign.yaml", "- days: 30\n- step_hours: 1\n")),
                garbage("campaign.yaml as a scalar", f -> TestScenarios.write(f, "campaign.yaml", "thirty days\n")),
                garbage("parameters and uncertainty as lists", f -> TestScenarios.write(f, "campaign.yaml",
                        "parameters: [hold_ratio, 1.5]\nuncertainty:\n  - {input: warning_hours, distribution: fixed, value: 1}\n")),
                garbage("null and nested values in campaign.yaml", f -> TestScenarios.write(f, "campaign.yaml",
                        "days: {a: 1}\nstep_hours: [1]\ndefault_terrain: [open]\nparameters:\n  hold_ratio:\n  breakthrough_ratio: {value: ~}\n"
                                + "uncertainty:\n  warning_hours:\n  sortie: 3\n  hold_ratio: {distribution: [normal], mean: {x: 1}}\n"
                                + "  preparation_hours: {distribution: normal, mean: 1, sd: 1, min: [0]}\n")),
                garbage("numbers too large to be finite", f -> TestScenarios.write(f, "campaign.yaml",
                        "days: 1e999\nparameters:\n  hold_ratio: 1e999\nuncertainty:\n"
                                + "  warning_hours: {distribution: normal, mean: 1e999, sd: 1e999, min: -1e999, max: 1e999}\n"
                                + "  defender_effectiveness: {distribution: triangular, min: -1e999, mode: 1, max: 1e999}\n")),
                garbage("a distribution with no kind", f -> TestScenarios.write(f, "campaign.yaml",
                        "uncertainty:\n  warning_hours: {min: 0, max: 1}\n")),
                garbage("a terrain.csv with unknown columns only", f -> TestScenarios.write(f, "terrain.csv", "where,what\nLT_VNO,urban\n")),
                garbage("a terrain.csv with mismatched rows", f -> TestScenarios.write(f, "terrain.csv",
                        "node,terrain,river\nLT_VNO\nLT_KNS,urban,yes,extra,more,cells\n,,\n")));
    }

    private static Arguments garbage(String name, Consumer<Path> edit) {
        return Arguments.of(Named.of(name, edit));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("garbage")
    void neverThrowsOnGarbage(Consumer<Path> edit, @TempDir Path dir) {
        Path folder = TestScenarios.copyOfValid(dir);
        edit.accept(folder);

        assertThatCode(() -> ScenarioReader.read(folder)).doesNotThrowAnyException();
        ScenarioRead read = ScenarioReader.read(folder);
        assertThat(read).isInstanceOf(ScenarioRead.Invalid.class);
        assertThat(read.problems()).allSatisfy(p -> assertThat(p.format()).doesNotContain("Exception"));
    }
}
