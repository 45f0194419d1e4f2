package org.bulwark.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bulwark.scenario.generate.GeneratorSpec;
import org.bulwark.scenario.generate.ScenarioGenerator;

/**
 * The bottleneck re-plan copies the units whose first-plan search cannot come out differently and
 * searches only the rest; on random generated theatres it must give exactly the weighted lateness
 * of the first plan rebuilt from scratch with the resource relaxed, for every resource that ran
 * at capacity (or, when it stops early, a value that is also above the first plan's).
 */
class BottleneckReplanTest {

    record Instance(GeneratorSpec spec, double stepHours) {
    }

    @Provide
    Arbitrary<Instance> instances() {
        Arbitrary<GeneratorSpec> specs = Combinators.combine(
                Arbitraries.integers().between(20, 80),
                Arbitraries.integers().between(GeneratorSpec.MIN_NODES, 60),
                Arbitraries.integers().between(5, 30),
                Arbitraries.longs()).as(GeneratorSpec::new);
        return Combinators.combine(specs, Arbitraries.of(3.0, 6.0, 12.0)).as(Instance::new);
    }

    @Property(tries = 25)
    void theIncrementalReplanEqualsTheFullRebuild(@ForAll("instances") Instance instance) {
        PlanningNetwork net = new PlanningNetwork(new ScenarioGenerator().generate(instance.spec()),
                PlannerOptions.DEFAULT.withTimeStepHours(instance.stepHours()));
        Preparation prep = new Preparation(net, 1);
        Schedule schedule = new Schedule(net, new Residuals(net), prep);
        schedule.trackWaits();
        for (int u : prep.order) {
            schedule.insert(u);
        }
        FirstPlan first = new FirstPlan(schedule, prep);
        List<Integer> saturated = new ArrayList<>();
        for (int r = 0; r < net.resourceCount; r++) {
            for (int k = 0; k < net.periods && schedule.residuals.constrained(r); k++) {
                if (schedule.residuals.saturated(r, k)) {
                    saturated.add(r);
                    break;
                }
            }
        }
        for (int r : saturated) {
            Schedule full = new Schedule(net, new Residuals(net, r), prep);
            for (int u : prep.order) {
                full.insert(u);
            }
            double rebuilt = full.objective().weightedLateHours();
            double replanned = BottleneckAnalysis.replan(net, prep, first, r);
            if (rebuilt > first.weightedLateHours + 1e-6 * Math.max(1, first.weightedLateHours)) {
                assertThat(replanned).as("resource %d", r).isGreaterThan(first.weightedLateHours);
            } else {
                assertThat(replanned).as("resource %d", r).isEqualTo(rebuilt);
            }
        }
    }
}
