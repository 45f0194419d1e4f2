package org.bulwark.deploy.planner;

import org.bulwark.deploy.PlannerOptions;
import org.bulwark.deploy.network.PlanningNetwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.bulwark.scenario.generate.GeneratorSpec;
import org.bulwark.scenario.generate.ScenarioGenerator;
import org.junit.jupiter.api.Test;

/**
 * The first plan built two units at a time must give every unit the earliest arrival the capacity
 * left by the units before it allows — what one insertion after the other guarantees — and be the
 * same with and without the worker thread.
 */
class PairedInsertionTest {

    private static Schedule firstPlan(PlanningNetwork net, Preparation prep, int threads, int[] researched) {
        Schedule schedule = new Schedule(net, new Residuals(net), prep);
        try (PairedInsertion pairs = new PairedInsertion(schedule, threads)) {
            for (int u : prep.order) {
                pairs.accept(u);
            }
            pairs.finish();
            researched[0] += pairs.researched;
        }
        return schedule;
    }

    @Test
    void everyUnitTakesTheEarliestArrivalLeftByTheUnitsBeforeItWithAnyThreadCount() {
        SplittableRandom random = new SplittableRandom(20261123L);
        ScenarioGenerator generator = new ScenarioGenerator();
        int[] researched = {0};
        int late = 0;
        for (int i = 0; i < 8; i++) {
            GeneratorSpec spec = GeneratorSpec.of(60 + random.nextInt(200), 30 + random.nextInt(90), 3 + random.nextInt(20),
                    random.nextLong());
            PlanningNetwork net = new PlanningNetwork(generator.generate(spec), PlannerOptions.DEFAULT);
            Preparation prep = new Preparation(net, 1);
            Schedule one = firstPlan(net, prep, 1, researched);
            Schedule two = firstPlan(net, prep, 2, new int[1]);

            // replaying the commits in order, a fresh search before each finds the unit's planned arrival
            Residuals replay = new Residuals(net);
            ArrivalSearch search = new ArrivalSearch(net);
            search.potentials = prep.potential;
            for (int u : prep.order) {
                UnitPlan p = one.plans[u];
                double earliest = search.search(u, replay, false);
                if (p.outcome == UnitPlan.PLANNED) {
                    assertThat(p.arrival).as("unit %d, %s", u, spec)
                            .isCloseTo(earliest, org.assertj.core.api.Assertions.within(1e-9 * Math.max(1, earliest)));
                    replay.reapply(p.consumption);
                    if (p.arrival > net.required[u]) {
                        late++;
                    }
                } else {
                    assertThat(p.outcome).as("unit %d, %s", u, spec).isEqualTo(UnitPlan.EXHAUSTED);
                    assertThat(earliest).as("unit %d, %s", u, spec).isEqualTo(Double.POSITIVE_INFINITY);
                }
                UnitPlan q = two.plans[u];
                assertThat(q.outcome).isEqualTo(p.outcome);
                assertThat(q.arrival).isEqualTo(p.arrival);
                assertThat(Arrays.copyOf(q.legKind, q.legCount)).containsExactly(Arrays.copyOf(p.legKind, p.legCount));
                assertThat(Arrays.copyOf(q.legWhere, q.legCount)).containsExactly(Arrays.copyOf(p.legWhere, p.legCount));
            }
        }
        assertThat(late).as("late units (congested instances)").isPositive();
        assertThat(researched[0]).as("second units whose route the first unit took capacity from").isPositive();
    }
}
