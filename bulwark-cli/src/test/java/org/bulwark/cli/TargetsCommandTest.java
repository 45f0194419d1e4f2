package org.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bulwark.model.CapabilityRequirement;
import org.bulwark.model.Source;
import org.bulwark.model.UnitTypeId;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulwark targets} and {@code bulwark bench targets}: files that agree with each other, bad input. */
class TargetsCommandTest {
    @TempDir
    Path temp;

    private Path requirement(String text) throws IOException {
        Path file = temp.resolve("requirement-" + Math.abs(text.hashCode()) + ".csv");
        Files.writeString(file, text);
        return file;
    }

    private static List<Map<String, String>> readCsv(Path file) throws IOException {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            return rows.readAll();
        }
    }

    @Test
    void targetsOfAGivenRequirementAddUpToItInEveryFile() throws IOException {
        Path file = requirement("type,quantity,source\narmoured_bde,6,test\nmechanised_bde,15,test\nfighter_squadron,4,test\n");
        Path out = temp.resolve("out");
        CliRun run = CliRun.of("targets", "eastern-flank-2023", "--requirement", file.toString(), "--key", "defence",
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Requirement: 25 units of 3 types", "The whole requirement is covered", "share of defence expenditure",
                "== Targets by ally", "== Targets by unit type", "targets.xlsx");

        Map<String, Integer> perType = new HashMap<>();
        for (Map<String, String> row : readCsv(out.resolve("targets.csv"))) {
            int target = Integer.parseInt(row.get("target"));
            assertThat(target).isBetween(Integer.parseInt(row.get("lower")), Integer.parseInt(row.get("upper")));
            assertThat(Integer.parseInt(row.get("acquire")))
                    .isEqualTo(Math.max(0, target - Integer.parseInt(row.get("inventory"))));
            assertThat(row.get("explanation")).isNotBlank();
            perType.merge(row.get("unit_type"), target, Integer::sum);
        }
        assertThat(perType).containsExactlyInAnyOrderEntriesOf(Map.of("armoured_bde", 6, "mechanised_bde", 15,
                "fighter_squadron", 4));

        JsonNode json = new ObjectMapper().readTree(out.resolve("targets.json").toFile());
        assertThat(json.get("format").asText()).isEqualTo("bulwark-targets/1");
        assertThat(json.get("key").asText()).isEqualTo("defence");
        int nationsTargetUnits = 0;
        for (JsonNode nation : json.get("nations")) {
            nationsTargetUnits += nation.get("target_units").asInt();
        }
        assertThat(nationsTargetUnits).isEqualTo(25);
        assertThat(json.get("targets")).hasSize(json.get("nations").size() * 3);

        try (ReadableWorkbook book = new ReadableWorkbook(out.resolve("targets.xlsx").toFile())) {
            assertThat(book.getSheets().map(s -> s.getName()).toList())
                    .containsExactly("Targets", "Nations", "Types", "Shortfalls", "Burden sharing", "Sources");
            List<Row> types = book.findSheet("Types").orElseThrow().read();
            assertThat(types).hasSize(4);
            assertThat(types.get(1).getCellText(0)).isEqualTo("armoured_bde");
            assertThat(types.get(1).getCellAsNumber(1).orElseThrow().intValue()).isEqualTo(6);
        }
    }

    @Test
    void whatTheCapsCannotCoverIsAShortfallInTheReportAndTheFiles() throws IOException {
        Path file = requirement("type,quantity\nfighter_squadron,40\n");
        Path out = temp.resolve("short");
        CliRun run = CliRun.of("targets", "eastern-flank-2023", "--requirement", file.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        int assigned = readCsv(out.resolve("targets.csv")).stream().mapToInt(r -> Integer.parseInt(r.get("target"))).sum();
        assertThat(assigned).isLessThan(40);
        assertThat(run.out()).contains("Not covered", (40 - assigned) + " fighter_squadron", "== Shortfalls and conflicts");
        List<Map<String, String>> shortfalls = readCsv(out.resolve("shortfalls.csv"));
        assertThat(shortfalls).anySatisfy(r -> {
            assertThat(r.get("kind")).isEqualTo("shortfall");
            assertThat(r.get("unit_type")).isEqualTo("fighter_squadron");
            assertThat(Integer.parseInt(r.get("missing"))).isEqualTo(40 - assigned);
        });
        for (Map<String, String> row : readCsv(out.resolve("targets.csv"))) {
            assertThat(Integer.parseInt(row.get("target"))).isLessThanOrEqualTo(Integer.parseInt(row.get("upper")));
        }
    }

    @Test
    void theRequirementCsvOfRequireIsSummedPerType() throws IOException {
        Path file = requirement("unit_type,place,node,defends,in_place_by,count,combat_value_each\n"
                + "armoured_bde,Vilnius,LT_VNO,VILNIUS,D+0,2,4.0\narmoured_bde,Riga,LV_RIX,RIGA,D+0,1,4.0\n"
                + "mechanised_bn,Riga,LV_RIX,RIGA,D+0,3,0.8\n");
        Path out = temp.resolve("from-require");
        CliRun run = CliRun.of("targets", "eastern-flank-2023", "--requirement", file.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, Integer> required = new HashMap<>();
        for (Map<String, String> row : readCsv(out.resolve("types.csv"))) {
            required.put(row.get("unit_type"), Integer.parseInt(row.get("required")));
        }
        assertThat(required).containsExactlyInAnyOrderEntriesOf(Map.of("armoured_bde", 3, "mechanised_bn", 3));
    }

    @Test
    void everyProblemOfARequirementFileIsReportedWithItsPlaceAndNothingIsWritten() throws IOException {
        Path file = requirement("type,quantity\narmoured_bdee,2\nmechanised_bde,-1\nfighter_squadron,two\nmechanised_bde,1\n"
                + "mechanised_bde,3\n");
        Path out = temp.resolve("never");
        CliRun run = CliRun.of("targets", "eastern-flank-2023", "--requirement", file.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        String name = file.toString();
        assertThat(run.err()).contains(name + ":2:1 row 1: unit type 'armoured_bdee' is not in the scenario's catalogue",
                "Maybe you meant 'armoured_bde'?", name + ":3:16 row 2: quantity -1 is negative",
                name + ":4:18 row 3: quantity 'two' is not a whole number of units",
                name + ":6:1 row 5: type 'mechanised_bde' is listed again (first on line 5)", "nothing was written");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMissingColumnOrFileAndWrongOptionsAreClearAnswers() throws IOException {
        CliRun header = CliRun.of("targets", "eastern-flank-2023", "--requirement", requirement("kind,units\nx,1\n").toString());
        assertThat(header.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(header.err()).contains("has no 'type' column", "type,quantity");

        CliRun missing = CliRun.of("targets", "eastern-flank-2023", "--requirement", temp.resolve("nope.csv").toString());
        assertThat(missing.err()).contains("nope.csv", "no such file");

        CliRun key = CliRun.of("targets", "eastern-flank-2023", "--key", "population");
        assertThat(key.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(key.err()).contains("--key 'population' is not a key: use gdp, defence or custom.");

        Path file = requirement("type,quantity\narmoured_bde,1\n");
        CliRun both = CliRun.of("targets", "eastern-flank-2023", "--requirement", file.toString(), "--add-requirement",
                file.toString());
        assertThat(both.err()).contains("not both");

        CliRun custom = CliRun.of("targets", "eastern-flank-2023", "--requirement", file.toString(), "--key", "custom");
        assertThat(custom.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(custom.err()).contains("the custom key needs weights");
    }

    @Test
    void aScenarioWithoutARequirementIsToldHowToGiveOne() {
        Path folder = temp.resolve("generated");
        CliRun generated = CliRun.of("generate", "--size", "small", "--out", folder.toString());
        assertThat(generated.exitCode()).as(generated.err()).isZero();
        CliRun run = CliRun.of("targets", folder.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains("no requirement to apportion", "--requirement FILE", "nothing was written")
                .doesNotContain("Exception");
    }

    @Test
    void addingARequirementAddsToTheDeclaredOne() {
        List<CapabilityRequirement> declared = List.of(requirement("a", 2), requirement("b", 1));
        List<CapabilityRequirement> sum = TargetsCommand.added(declared,
                List.of(requirement("b", 3), requirement("c", 4)));
        assertThat(sum).extracting(r -> r.type().value() + "=" + r.quantity()).containsExactly("a=2", "b=4", "c=4");
    }

    private static CapabilityRequirement requirement(String type, int quantity) {
        return new CapabilityRequirement(UnitTypeId.of(type), quantity,
                Source.of("test " + type, false));
    }

    @Test
    void benchTargetsApportionsTheStandardInstanceTheSameWayEveryTime() {
        CliRun run = CliRun.of("bench", "targets", "--repeat", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("instance=targets units=5000 allies=32 types=20 seed=\\d+ seconds=[0-9.]+ ")
                .contains("feasible=true", "missing_units=0");
    }
}
