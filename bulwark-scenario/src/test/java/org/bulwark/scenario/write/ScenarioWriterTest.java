package org.bulwark.scenario.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.bulwark.model.Scenario;
import org.bulwark.scenario.TestdataScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioWriterTest {
    /** Refresh with {@code -Dbulwark.golden.update=true}, then review the diff. */
    private static final Path GOLDEN = Path.of("src/test/resources/golden-writer");
    private static final boolean UPDATE = Boolean.getBoolean("bulwark.golden.update");

    private final ScenarioWriter writer = new ScenarioWriter();
    private final Scenario vignette = TestdataScenarios.suwalkiVignette();

    @Test
    void writesTheDocumentedFilesAndNoSpending() {
        assertThat(writer.files(vignette).keySet()).containsExactly(
                "gauge-breaks.yaml", "links.csv", "nations.yaml", "nodes.csv", "objectives.yaml", "posture.yaml",
                "regions.yaml", "reinforcements.csv", "scenario.yaml", "threat.yaml", "unit-types.yaml", "units.csv");
    }

    @Test
    void matchesGoldenFiles() throws IOException {
        SortedMap<String, String> files = writer.files(vignette);
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            try (Stream<Path> old = Files.list(GOLDEN)) {
                for (Path path : old.toList()) {
                    Files.delete(path);
                }
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(GOLDEN.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
        }
        try (Stream<Path> golden = Files.list(GOLDEN)) {
            assertThat(golden.map(p -> p.getFileName().toString()).sorted().toList())
                    .as("golden files; refresh with -Dbulwark.golden.update=true")
                    .containsExactlyElementsOf(files.keySet());
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            assertThat(file.getValue())
                    .as("%s differs from %s; refresh with -Dbulwark.golden.update=true and review the diff", file.getKey(), GOLDEN)
                    .isEqualTo(Files.readString(GOLDEN.resolve(file.getKey()), StandardCharsets.UTF_8));
        }
    }

    @Test
    void outputUsesNewlinesOnlyAndEndsWithOne() {
        for (Map.Entry<String, String> file : writer.files(vignette).entrySet()) {
            assertThat(file.getValue()).as(file.getKey()).doesNotContain("\r").endsWith("\n");
        }
    }

    @Test
    void yamlFilesStartWithTheHeaderComment() {
        writer.files(vignette).forEach((name, text) -> {
            if (name.endsWith(".yaml")) {
                assertThat(text).as(name).startsWith("# Bulwark scenario file; format: docs/format.md\n");
            }
        });
    }

    @Test
    void quotesStringsYamlWouldMisread() {
        SortedMap<String, String> files = writer.files(vignette);
        assertThat(files.get("scenario.yaml")).contains("as_of: \"2023\"\n").contains("illustrative: true\n")
                .contains("horizon_days: 30\n");
        assertThat(files.get("regions.yaml")).contains("name: \"No\"\n");
        assertThat(files.get("units.csv")).contains("\"Jägerbataillon 1, air-mobile\"");
        assertThat(files.get("nodes.csv")).contains("\"Warsaw, \"\"Warszawa\"\"\"");
    }

    @Test
    void leavesUnconstrainedCapacitiesEmpty() {
        SortedMap<String, String> files = writer.files(vignette);
        assertThat(files.get("links.csv")).contains("rail-4,LT_KUN,LT_VNO,rail,100.2,,1.9,,1520,,,\n");
        assertThat(files.get("gauge-breaks.yaml")).endsWith("  - node: LT_KUN\n    transshipment_hours: 12.5\n")
                .doesNotContain("Infinity");
    }

    @Test
    void writesIntoAnEmptyFolder(@TempDir Path temp) throws IOException {
        Path folder = temp.resolve("empty");
        Files.createDirectory(folder);
        writer.write(vignette, folder);
        assertFolderHolds(folder, writer.files(vignette));
    }

    @Test
    void createsAMissingFolder(@TempDir Path temp) throws IOException {
        Path folder = temp.resolve("a/b/scenario");
        writer.write(vignette, folder);
        assertFolderHolds(folder, writer.files(vignette));
    }

    @Test
    void refusesANonEmptyFolder(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> writer.write(vignette, temp))
                .isInstanceOf(FolderNotEmptyException.class)
                .hasMessageContaining("is not empty")
                .hasMessageContaining("Maybe");
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).containsExactly("notes.txt");
        }
    }

    @Test
    void overwritesWhenAskedAndRemovesConflictingTables(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("scenario.yaml"), "id: old\n");
        Files.writeString(temp.resolve("units.yaml"), "units: []\n");
        Files.writeString(temp.resolve("notes.txt"), "mine");
        writer.write(vignette, temp, true);
        assertThat(temp.resolve("units.yaml")).doesNotExist();
        assertThat(temp.resolve("notes.txt")).hasContent("mine");
        assertThat(Files.readString(temp.resolve("scenario.yaml"))).isEqualTo(writer.files(vignette).get("scenario.yaml"));
    }

    @Test
    void sameScenarioGivesSameBytes() {
        assertThat(writer.files(TestdataScenarios.suwalkiVignette())).isEqualTo(writer.files(vignette));
    }

    private static void assertFolderHolds(Path folder, SortedMap<String, String> files) throws IOException {
        try (Stream<Path> listed = Files.list(folder)) {
            List<String> names = listed.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).containsExactlyElementsOf(files.keySet());
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            assertThat(Files.readAllBytes(folder.resolve(file.getKey())))
                    .isEqualTo(file.getValue().getBytes(StandardCharsets.UTF_8));
        }
    }
}
