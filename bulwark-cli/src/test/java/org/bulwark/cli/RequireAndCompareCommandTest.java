package org.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The require and compare commands end to end on the bundled scenario. */
class RequireAndCompareCommandTest {
    private static final String BUNDLED = "eastern-flank-2023";

    @TempDir
    Path temp;

    @Test
    void requireWritesTheAnswerAndItsFiles() throws IOException {
        Path out = temp.resolve("req");
        CliRun run = CliRun.of("require", BUNDLED, "--hold-days", "10", "--confidence", "0.8", "--runs", "400",
                "--search-runs", "100", "--threads", "2", "--cost", "armoured_bde=40", "--place", "LTU=LT_RUK", "--out",
                out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Force requirement", "hold every objective for 10 days with 80 % confidence",
                "P 0.", "== Forces to add", "== Notes", "proxy", "requirement.csv");
        assertThat(Files.readAllLines(out.resolve("requirement.csv")).get(0))
                .isEqualTo("unit_type,place,node,defends,in_place_by,count,combat_value_each,cost,cost_basis");
        JsonNode json = new ObjectMapper().readTree(out.resolve("requirement.json").toFile());
        assertThat(json.path("format").asText()).isEqualTo("bulwark-requirement/1");
        assertThat(json.path("objectives").size()).isEqualTo(11);
        assertThat(json.path("verify_runs").asInt()).isEqualTo(400);
        double total = 0;
        for (JsonNode a : json.path("additions")) {
            total += a.path("cost").asDouble();
            if (a.path("unit_type").asText().equals("armoured_bde")) {
                assertThat(a.path("cost_basis").asText()).isEqualTo("given");
            }
        }
        assertThat(json.path("total_cost").asDouble()).isEqualTo(total);
        if (json.path("reached").asBoolean()) {
            assertThat(json.path("after").path("p").asDouble()).isGreaterThanOrEqualTo(0.8);
        }
    }

    @Test
    void compareWritesTheTableAndAZeroDifferenceForTheSameScenarioTwice() throws IOException {
        Path out = temp.resolve("cmp");
        CliRun run = CliRun.of("compare", BUNDLED, BUNDLED, "--hold-days", "7", "--runs", "300", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Course-of-action comparison", "eastern-flank-2023#2", "all objectives",
                "+0.000 [+0.000, +0.000]", "== Deployment side by side", "Closure by region", "weighted late h");
        // the same scenario twice: the two deployment rows are the same plan
        String[] lines = run.out().split("\n");
        List<String> planRows = java.util.Arrays.stream(lines).filter(l -> l.startsWith("eastern-flank-2023") && l.contains("C+"))
                .map(l -> l.replaceFirst("^eastern-flank-2023(#2)?\\s+", "")).toList();
        assertThat(planRows).hasSize(2);
        assertThat(planRows.get(0)).isEqualTo(planRows.get(1));
        assertThat(Files.readAllLines(out.resolve("comparison.csv")).get(0))
                .isEqualTo("measure,variant,p_held,ci_low,ci_high,difference,difference_low,difference_high");
        JsonNode json = new ObjectMapper().readTree(out.resolve("comparison.json").toFile());
        assertThat(json.path("measures").size()).isEqualTo(12);
        assertThat(json.path("variants").size()).isEqualTo(2);
    }

    @Test
    void benchRequireEndsWithTheHeadlineLine() {
        CliRun run = CliRun.of("bench", "require", "--repeat", "1", "--threads", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] lines = run.out().strip().split("\n");
        assertThat(lines[lines.length - 1]).matches("replications=\\d+ seconds=\\S+ replications_per_s=\\S+ .*reached=true.*");
    }

    @Test
    void badInputNamesTheOptionAndExitsTwo() {
        CliRun confidence = CliRun.of("require", BUNDLED, "--hold-days", "10", "--confidence", "1.2");
        assertThat(confidence.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(confidence.err()).contains("--confidence", "1.2").doesNotContain("Exception");

        CliRun zeroDays = CliRun.of("require", BUNDLED, "--hold-days", "0", "--confidence", "0.8");
        assertThat(zeroDays.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(zeroDays.err()).contains("--hold-days");

        CliRun tooLong = CliRun.of("require", BUNDLED, "--hold-days", "45", "--confidence", "0.8");
        assertThat(tooLong.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(tooLong.err()).contains("--hold-days 45", "30 days");

        CliRun unknown = CliRun.of("require", BUNDLED, "--hold-days", "10", "--confidence", "0.8",
                "--cost", "armored_bde=100");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(unknown.err()).contains("--cost", "'armored_bde'", "Maybe you meant 'armoured_bde'?");

        CliRun adversary = CliRun.of("require", BUNDLED, "--hold-days", "10", "--confidence", "0.8",
                "--cost", "tank_regt=100");
        assertThat(adversary.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(adversary.err()).contains("--cost", "'tank_regt'", "armoured_bde");

        CliRun typo = CliRun.of("require", BUNDLED, "--hold-days", "10", "--confidence", "0.8", "--place", "LTU=LT_RUKK");
        assertThat(typo.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(typo.err()).contains("--place", "'LT_RUKK'", "Maybe you meant 'LT_RUK'?");

        CliRun elsewhere = CliRun.of("require", BUNDLED, "--hold-days", "10", "--confidence", "0.8", "--place", "LTU=PL_WAW");
        assertThat(elsewhere.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(elsewhere.err()).contains("--place", "not in region LTU");

        CliRun missing = CliRun.of("require", BUNDLED, "--hold-days", "10");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(missing.err()).contains("--confidence");

        CliRun compare = CliRun.of("compare", BUNDLED, "--hold-days", "-1");
        assertThat(compare.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(compare.err()).contains("--hold-days");
    }
}
