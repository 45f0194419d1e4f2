package org.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    private static final String BUNDLED = "eastern-flank-2023";

    @TempDir
    Path temp;

    @Test
    void validatesTheBundledScenario() {
        CliRun run = CliRun.of("validate", BUNDLED);
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains(BUNDLED + ": valid");
    }

    @Test
    void unknownScenarioNameIsAUserErrorWithASuggestion() {
        CliRun run = CliRun.of("validate", "eastern-flank-2032");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no scenario folder or bundled scenario named 'eastern-flank-2032'")
                .contains("Maybe you meant 'eastern-flank-2023'?")
                .doesNotContain("Exception");
    }

    @Test
    void badOptionExitsWithTwoAndNamesTheOption() {
        CliRun run = CliRun.of("show", BUNDLED, "--format", "pdf");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--format").contains("pdf").contains("bulwark show --help");
    }

    @Test
    void versionNamesTheJavaRuntime() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("bulwark ").contains("Java " + System.getProperty("java.version"));
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"validate", "show", "init", "generate", "sources"}) {
            CliRun run = CliRun.of(command, "--help");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: bulwark " + command);
        }
    }

    @Test
    void completionScriptIsBash() {
        CliRun run = CliRun.of("generate-completion");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("complete -F").contains("validate").contains("generate");
    }

    @Test
    void showPrintsEverySectionAndValidJson() throws IOException {
        CliRun table = CliRun.of("show", BUNDLED);
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("ILLUSTRATIVE", "== Forces by nation", "== Posture by region",
                "== Network by mode", "== Threat", "== Provenance", "LTU", "rail");
        assertThat(table.out()).contains("== Reinforcements (the deployment requirement").containsPattern(
                "DEU_LTU_BDE +DE_HAJ +LT_RUD +0 +240 ");
        CliRun json = CliRun.of("show", BUNDLED, "--format", "json");
        assertThat(json.exitCode()).isZero();
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.path("info").path("id").asText()).isEqualTo(BUNDLED);
        assertThat(root.path("forcesByNation").size()).isGreaterThan(5);
        assertThat(root.path("adversaries").path("units").asInt()).isPositive();
    }

    @Test
    void initCopiesAScenarioThatValidates() {
        Path dir = temp.resolve("my-plan");
        CliRun init = CliRun.of("init", BUNDLED, dir.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(dir.resolve("scenario.yaml")).exists();
        CliRun validate = CliRun.of("validate", dir.toString());
        assertThat(validate.exitCode()).as(validate.out()).isZero();
    }

    @Test
    void initGivesTheCopyAnIdAndTitleOfItsOwn() throws IOException {
        Path dir = temp.resolve("Baltic Study 2");
        assertThat(CliRun.of("init", BUNDLED, dir.toString()).exitCode()).isZero();
        String yaml = Files.readString(dir.resolve("scenario.yaml"));
        assertThat(yaml).contains("id: baltic-study-2\n").contains("(copy: baltic-study-2)").doesNotContain("id: " + BUNDLED);
        Path named = temp.resolve("other");
        assertThat(CliRun.of("init", BUNDLED, named.toString(), "--id", "nb8-2027", "--title", "NB8 study").exitCode()).isZero();
        assertThat(Files.readString(named.resolve("scenario.yaml"))).contains("id: nb8-2027\n").contains("name: NB8 study\n");
        assertThat(CliRun.of("validate", named.toString()).exitCode()).isZero();
    }

    @Test
    void anUnknownCommandSaysSoWithADidYouMeanAndExitsTwo() {
        CliRun run = CliRun.of("asess", "--help");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown command 'asess'", "Maybe you meant 'assess'?");
        assertThat(run.out()).doesNotContain("Usage:");
    }

    @Test
    void anyThrowableAtTheTopBecomesOneClearLine() {
        java.io.StringWriter text = new java.io.StringWriter();
        int code = Bulwark.lastResort(new RuntimeException(new OutOfMemoryError("Java heap space")),
                new java.io.PrintWriter(text, true));
        assertThat(code).isEqualTo(1);
        assertThat(text.toString()).contains("out of memory", "-Xmx").doesNotContain("\tat ");
        java.io.StringWriter deep = new java.io.StringWriter();
        assertThat(Bulwark.lastResort(new StackOverflowError(), new java.io.PrintWriter(deep, true))).isEqualTo(1);
        assertThat(deep.toString()).contains("nested too deeply").doesNotContain("\tat ");
    }

    @Test
    void initNeverOverwritesANonEmptyFolder() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("work"));
        Path mine = dir.resolve("scenario.yaml");
        Files.writeString(mine, "my own notes\n");
        CliRun run = CliRun.of("init", BUNDLED, dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is not empty; nothing was written").contains("--force");
        assertThat(Files.readString(mine)).isEqualTo("my own notes\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(mine);
        }
    }

    @Test
    void initWithForceKeepsTheReplacedFile() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("work"));
        Files.writeString(dir.resolve("scenario.yaml"), "my own notes\n");
        CliRun run = CliRun.of("init", BUNDLED, dir.toString(), "--force");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(dir.resolve("scenario.yaml.orig"))).isEqualTo("my own notes\n");
        assertThat(Files.readString(dir.resolve("scenario.yaml"), StandardCharsets.UTF_8)).contains("id: work", "(copy: work)");
        assertThat(run.out()).contains("kept your earlier file");
    }

    @Test
    void invalidScenarioReportsFileLineColumnAndExitsWithTwo() throws IOException {
        Path dir = temp.resolve("broken");
        assertThat(CliRun.of("init", BUNDLED, dir.toString()).exitCode()).isZero();
        Path units = dir.resolve("units.csv");
        String text = Files.readString(units);
        int secondLine = text.indexOf('\n') + 1;
        int comma = text.indexOf(',', secondLine);
        Files.writeString(units, text.substring(0, secondLine) + "bad id!" + text.substring(comma));
        CliRun run = CliRun.of("validate", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("units.csv:2:1").contains("invalid —").doesNotContain("Exception");
    }

    @Test
    void sourcesListsEveryDatasetAndTheirUrls() {
        CliRun index = CliRun.of("sources");
        assertThat(index.exitCode()).as(index.err()).isZero();
        assertThat(index.out()).contains("defence_expenditure", "national_pledges", "forward_land_forces",
                "nato_force_model", "geography", "links", "adversary_forces");
        CliRun details = CliRun.of("sources", "defence_expenditure");
        assertThat(details.exitCode()).isZero();
        assertThat(details.out()).contains("https://www.nato.int/").contains("Caveats:");
        CliRun unknown = CliRun.of("sources", "defence-expenditure");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Maybe you meant 'defence_expenditure'?");
    }

    @Test
    void sourcesExportCopiesTheFilesWithProvenance() throws IOException {
        Path dir = temp.resolve("data");
        CliRun run = CliRun.of("sources", "--export", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(dir.resolve("SOURCES.md")).exists();
        assertThat(Files.readString(dir.resolve("defence_expenditure.csv"))).startsWith("iso3,country,year");
    }

    @Test
    void controlCharactersNeverReachTheTerminal() {
        assertThat(TextTable.printable("UNIT\u001b[2J\u009b1;1H")).isEqualTo("UNIT?[2J?1;1H");
        assertThat(TextTable.printable("Vilnius")).isEqualTo("Vilnius");
    }
}
