package org.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deploy, plan and bench deploy commands end to end on the bundled scenario (needs the real planner). */
class DeployCommandTest {
    private static final String BUNDLED = "eastern-flank-2023";

    @TempDir
    Path temp;

    @Test
    void deployWritesEveryFileWithItsHeader() throws IOException {
        Path dir = temp.resolve("out");
        CliRun run = CliRun.of("deploy", BUNDLED, "--out", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("== Outcome", "== In place by region", "== Late and unreachable units",
                "== Bottlenecks", "Gap", "ILLUSTRATIVE");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("[#");
        assertThat(firstLine(dir.resolve("legs.csv")))
                .startsWith("unit_id,leg,mode,from_node,to_node,depart_hour,arrive_hour,");
        assertThat(firstLine(dir.resolve("arrivals.csv")))
                .startsWith("unit_id,destination,available_hour,required_hour,arrive_hour,late_hours,status,reason,detail,priority,tonnes");
        assertThat(firstLine(dir.resolve("bottlenecks.csv"))).startsWith("rank,kind,resource,");
        assertThat(firstLine(dir.resolve("utilisation.csv"))).startsWith("resource,kind,link_id,from_node,to_node,period,start_hour,tonnes");
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(dir.resolve("plan.json").toFile()).path("movements").size()).isPositive();
        assertThat(json.readTree(dir.resolve("flows.geojson").toFile()).path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(json.readTree(dir.resolve("routes.geojson").toFile()).path("features").size()).isPositive();
        try (Stream<String> arrivals = Files.lines(dir.resolve("arrivals.csv"))) {
            assertThat(arrivals.skip(1).count()).isPositive();
        }
    }

    @Test
    void deployWithoutOutWritesNothingAndPrintsTheSummary() {
        CliRun run = CliRun.of("deploy", BUNDLED, "--rounds", "0");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("== In place by region").doesNotContain("== Files");
    }

    @Test
    void planWritesASummaryForPeopleBesideTheFiles() throws IOException {
        Path dir = temp.resolve("results");
        CliRun run = CliRun.of("plan", BUNDLED, "--out", dir.toString(), "--runs", "500");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String summary = Files.readString(dir.resolve("summary.md"));
        assertThat(summary).startsWith("# Bulwark plan: ").contains("ILLUSTRATIVE", "## In place by region",
                "## Late and unreachable units", "## Bottlenecks", "## Files", "`legs.csv`", "Gap",
                "## Campaign assessment (arrivals from this plan)", "500 replications", "## Campaign: Objectives",
                "`objectives.csv`", "## Capability targets and their cost", "Requirement: 45 units of 7 types",
                "## Targets: Targets by ally", "## Targets: Burden sharing 2024", "`targets.xlsx`", "docs/targets.md");
        assertThat(dir.resolve("legs.csv")).exists();
        assertThat(firstLine(dir.resolve("targets.csv"))).startsWith("iso3,unit_type,share_pct,");
        assertThat(dir.resolve("targets.xlsx")).exists();
        assertThat(Files.readString(dir.resolve("assessment.json"))).contains("\"runs\": 500");
        assertThat(firstLine(dir.resolve("objectives.csv"))).startsWith("objective,");
        assertThat(dir.resolve("flows.geojson")).exists();
        assertThat(run.out()).contains("== Files").contains(dir.toString());
    }

    @Test
    void deployRefusesANonEmptyFolderAndLeavesTheUsersFileAlone() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("mine"));
        Path mine = dir.resolve("legs.csv");
        Files.writeString(mine, "my own legs\n");
        CliRun run = CliRun.of("deploy", BUNDLED, "--out", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is not empty; nothing was written").contains("--force").doesNotContain("Exception");
        assertThat(Files.readString(mine)).isEqualTo("my own legs\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(mine);
        }
    }

    @Test
    void planRefusesANonEmptyFolderToo() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("mine"));
        Files.writeString(dir.resolve("summary.md"), "my notes\n");
        CliRun run = CliRun.of("plan", BUNDLED, "--out", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("summary.md"))).isEqualTo("my notes\n");
    }

    @Test
    void zeroTimeStepIsAUserError() {
        CliRun run = CliRun.of("deploy", BUNDLED, "--time-step", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--time-step must be a positive number of hours, was 0")
                .contains("Maybe --time-step 6").doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void badThreadsAndRoundsAreUserErrors() {
        assertThat(CliRun.of("deploy", BUNDLED, "--threads", "0").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("deploy", BUNDLED, "--rounds", "-1").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("deploy", BUNDLED, "--time-step", "six").exitCode()).isEqualTo(2);
    }

    @Test
    void unknownScenarioIsAUserError() {
        for (String command : new String[] {"deploy", "plan"}) {
            CliRun run = CliRun.of(command, "eastern-flank-2032");
            assertThat(run.exitCode()).as(command).isEqualTo(2);
            assertThat(run.err()).as(command).contains("Maybe you meant 'eastern-flank-2023'?").doesNotContain("Exception");
        }
    }

    @Test
    void deployPlanAndBenchDeployHaveHelp() {
        assertThat(CliRun.of("deploy", "--help").out()).contains("Usage: bulwark deploy", "--time-step", "--max-elements", "--out");
        assertThat(CliRun.of("plan", "--help").out()).contains("Usage: bulwark plan", "results/SCENARIO-ID");
        assertThat(CliRun.of("bench", "deploy", "--help").out()).contains("Usage: bulwark bench deploy", "--max-elements");
    }

    private static String firstLine(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.findFirst().orElse("");
        }
    }
}
