package org.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.bulwark.scenario.BundledScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated copies of the bundled scenario through the commands (issue 15): validate on every copy;
 * deploy and assess on the copies that validate. Never an exit 1, a stack trace or a hang. More
 * with {@code -Dbulwark.fuzz.commands=N -Dbulwark.fuzz.seed=S}.
 */
class CommandFuzzTest {
    private static final int MUTATIONS = Integer.getInteger("bulwark.fuzz.commands", 40);
    private static final int ENGINE_RUNS = Integer.getInteger("bulwark.fuzz.engines", 8);
    private static final long SEED = Long.getLong("bulwark.fuzz.seed", 15);
    /** Values that validate in many numeric cells but push the engines to their edges. */
    private static final List<String> EDGES = List.of("0", "0.001", "1e12", "999999", "1e-9", "1", "100000", "0.5");

    @TempDir
    Path temp;

    @Test
    void noMutatedScenarioBreaksACommand() throws IOException {
        Path source = BundledScenarios.folder("eastern-flank-2023").orElseThrow();
        List<String> csvs;
        try (Stream<Path> files = Files.list(source)) {
            csvs = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
        }
        SplittableRandom random = new SplittableRandom(SEED);
        int engines = 0;
        int valid = 0;
        for (int m = 0; m < MUTATIONS; m++) {
            Path copy = temp.resolve("m" + m);
            assertThat(CliRun.of("init", "eastern-flank-2023", copy.toString()).exitCode()).isZero();
            String file = csvs.get(random.nextInt(csvs.size()));
            List<String> lines = new java.util.ArrayList<>(Files.readAllLines(copy.resolve(file), StandardCharsets.UTF_8));
            int line = 1 + random.nextInt(Math.max(1, lines.size() - 1));
            String[] cells = lines.get(line).split(",", -1);
            int cell = random.nextInt(cells.length);
            String edge = EDGES.get(random.nextInt(EDGES.size()));
            cells[cell] = edge;
            lines.set(line, String.join(",", cells));
            Files.write(copy.resolve(file), lines, StandardCharsets.UTF_8);
            String what = file + ":" + (line + 1) + " cell " + (cell + 1) + " = " + edge;
            CliRun validate = CliRun.of("validate", copy.toString());
            check(validate, "validate", what);
            valid += validate.exitCode() == 0 ? 1 : 0;
            if (validate.exitCode() == 0 && engines < ENGINE_RUNS) {
                engines++;
                CliRun assess = assertTimeoutPreemptively(Duration.ofSeconds(120),
                        () -> CliRun.of("assess", copy.toString(), "--runs", "50", "--sensitivity-runs", "0", "--threads", "2"),
                        () -> "assess hung after " + what);
                check(assess, "assess", what);
            }
        }
        System.out.printf("command fuzz: %d mutations, %d valid, %d through assess, seed %d%n", MUTATIONS, valid, engines, SEED);
        assertThat(engines).as("some mutations validate and go through the engines").isPositive();
    }

    private static void check(CliRun run, String command, String what) {
        assertThat(run.exitCode()).as("%s after %s: %s", command, what, run.err()).isIn(0, 2);
        assertThat(run.err()).as("%s after %s", command, what).doesNotContain("\tat ").doesNotContain("internal error");
    }
}
