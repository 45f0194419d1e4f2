package org.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code bulwark bench planted}: planted plans on time, the planner's share reached, the key=value line. */
class BenchPlantedCommandTest {
    @Test
    void benchPlantedEndsWithTheHeadlineLine() {
        CliRun run = CliRun.of("bench", "planted", "--size", "small", "--instances", "3", "--threads", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("seed 1: optimum ", "seed 3: optimum ", "weighted late h", "reached 0 on ");
        String last = run.out().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(last).startsWith("size=small instances=3 reinforcements=30 reached=")
                .contains("planted_not_on_time=0", "violations=0", "identical_threads=true", "first_seed=1");
    }

    @Test
    void anUnknownSizeIsOneClearLine() {
        CliRun run = CliRun.of("bench", "planted", "--size", "huge");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("no planted instance size called 'huge'", "Maybe use one of: small, medium");
    }
}
