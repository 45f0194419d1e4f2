package org.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assess and bench campaign commands end to end on the bundled scenario. */
class AssessCommandTest {
    private static final String BUNDLED = "eastern-flank-2023";

    @TempDir
    Path temp;

    @Test
    void pHeldIsShownAtTheDaysAsked() {
        CliRun run = CliRun.of("assess", "eastern-flank-2023", "--runs", "200", "--sensitivity-runs", "0", "--threads", "1",
                "--held-at", "1,2.5,10");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("P(held) 1 d", "P(held) 2.5 d", "P(held) 10 d", "P(held) end").doesNotContain("P(held) 3 d");
        CliRun bad = CliRun.of("assess", "eastern-flank-2023", "--held-at", "-1");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--held-at", "more than 0");
    }

    @Test
    void assessWritesEveryFileAndTheSameBytesOnOneAndTwoThreads() throws IOException {
        Path one = temp.resolve("one");
        Path two = temp.resolve("two");
        CliRun run = CliRun.of("assess", BUNDLED, "--runs", "300", "--threads", "1", "--out", one.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Campaign assessment", "== Objectives", "== Attrition", "tallinn", "== Files",
                "D-day comes after C-day (deployment starts) by a warning drawn anew in each run", "First objective lost at h",
                "narva: falls in 100.0 % of runs; 100.0 % of those undefended", "== Where the defenders stand",
                "LV_RIX    pskov-riga", "LVA_FLF_BG (C+1.33)");
        assertThat(CliRun.of("assess", BUNDLED, "--runs", "300", "--threads", "2", "--out", two.toString()).exitCode())
                .isZero();
        for (String file : List.of("assessment.json", "objectives.csv", "time-to-fall.csv", "attrition.csv",
                "force-ratio.csv", "sensitivity.csv")) {
            assertThat(Files.readAllBytes(two.resolve(file))).as(file).isEqualTo(Files.readAllBytes(one.resolve(file)));
        }
        assertThat(firstLine(one.resolve("objectives.csv"))).isEqualTo("objective,hour,p_held,ci_low,ci_high");
        assertThat(firstLine(one.resolve("time-to-fall.csv"))).isEqualTo("objective,p5_hour,p50_hour,p95_hour,never_falls,falls_unopposed_share,"
                + "undefended_from_hour_median,unopposed_km_median,unopposed_km_per_day_median,at_gates_p5_hour,at_gates_p50_hour,"
                + "at_gates_p95_hour,never_at_gates");
        assertThat(firstLine(one.resolve("attrition.csv"))).startsWith("side,mean_cv,");
        assertThat(firstLine(one.resolve("force-ratio.csv"))).startsWith("axis,hour,opposed_share,");
        assertThat(firstLine(one.resolve("sensitivity.csv"))).startsWith("input,low_value,high_value,");
        JsonNode json = new ObjectMapper().readTree(one.resolve("assessment.json").toFile());
        assertThat(json.path("runs").asInt()).isEqualTo(300);
        assertThat(json.path("objectives").size()).isEqualTo(11);
        // 30 days every 6 h, hour 0 included.
        assertThat(json.path("objectives").get(0).path("held").size()).isEqualTo(121);
    }

    @Test
    void anAxisWithoutARoadIsExitTwoWithTheAxisNamed() throws IOException {
        Path copy = temp.resolve("copy");
        assertThat(CliRun.of("init", BUNDLED, copy.toString()).exitCode()).isZero();
        Path links = copy.resolve("links.csv");
        // Without the roads through Koidula the Tartu axis (route via XC_KOI) has a railway but no road.
        String kept = Files.readAllLines(links).stream().filter(line -> !(line.contains("XC_KOI") && line.contains(",road,")))
                .collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(links, kept);
        CliRun run = CliRun.of("assess", copy.toString(), "--runs", "10");
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.INVALID_INPUT);
        // The reader names it first (architecture D14); the campaign setup would report the same as a value.
        assertThat(run.err()).contains("pskov-tartu", "XC_KOI").doesNotContain("Exception");
    }

    @Test
    void benchCampaignEndsWithTheHeadlineLine() {
        CliRun run = CliRun.of("bench", "campaign", "--runs", "200", "--repeat", "1", "--threads", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] lines = run.out().strip().split("\n");
        assertThat(lines[lines.length - 1]).matches("replications=200 seconds=\\S+ replications_per_s=\\S+ .*");
    }

    private static String firstLine(Path file) throws IOException {
        try (var lines = Files.lines(file)) {
            return lines.findFirst().orElse("");
        }
    }
}
