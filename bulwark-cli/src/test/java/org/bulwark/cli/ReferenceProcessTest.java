package org.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.bulwark.deploy.PlannerOptions;
import org.bulwark.deploy.reference.TimeExpandedReference;
import org.bulwark.scenario.generate.GeneratorSpec;
import org.bulwark.scenario.generate.ScenarioGenerator;
import org.junit.jupiter.api.Test;

/** The OR-Tools reference in a child JVM: its answer comes back whole, and a time limit ends it. */
class ReferenceProcessTest {
    private static final PlannerOptions DAILY = PlannerOptions.DEFAULT.withTimeStepHours(24);

    @Test
    void theChildSolvesTheSameInstanceAsInProcess() {
        GeneratorSpec spec = GeneratorSpec.of(8, 12, 2, 7);
        ReferenceProcess.Outcome child = ReferenceProcess.run(spec, DAILY, 300);
        var inProcess = TimeExpandedReference.solve(new ScenarioGenerator().generate(spec), DAILY);
        assertThat(child.status()).as(child.detail()).isEqualTo("OPTIMAL");
        assertThat(child.limitHit()).isFalse();
        assertThat(child.weightedLateHours().orElseThrow())
                .isCloseTo(inProcess.weightedLateHours().orElseThrow(), within(1e-9));
        assertThat(child.arcs()).isEqualTo(inProcess.arcs());
        assertThat(child.solveSeconds()).isPresent();
        assertThat(child.wallSeconds()).isGreaterThanOrEqualTo(child.solveSeconds().getAsDouble());
    }

    @Test
    void aHitTimeLimitEndsTheChildAndSaysSo() {
        // far below a JVM start plus a medium solve: the limit is always hit
        ReferenceProcess.Outcome child = ReferenceProcess.run(GeneratorSpec.preset("medium"), PlannerOptions.DEFAULT, 0.5);
        assertThat(child.status()).isEqualTo("TIME_LIMIT");
        assertThat(child.limitHit()).isTrue();
        assertThat(child.weightedLateHours()).isEmpty();
        assertThat(child.solveSeconds()).isEmpty();
        assertThat(child.wallSeconds()).isGreaterThanOrEqualTo(0.5);
    }
}
