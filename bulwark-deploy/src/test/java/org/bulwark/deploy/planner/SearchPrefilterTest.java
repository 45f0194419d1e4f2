package org.bulwark.deploy.planner;

import org.bulwark.deploy.PlannerOptions;
import org.bulwark.deploy.network.PlanningNetwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.bulwark.scenario.generate.GeneratorSpec;
import org.bulwark.scenario.generate.ScenarioGenerator;
import org.junit.jupiter.api.Test;

/**
 * The search skips relaxations whose stream certainly arrives too late for its state (a lower
 * bound on the last element's completion, see {@code ArrivalSearch.cannotImprove}). That may only
 * save work: against the same residuals, every search must find the same arrival to the bit, the
 * same route and pop the same states as with the skipping off, on the empty network (critical
 * paths), on the residuals the insertions leave, and with a resource relaxed (the bottleneck
 * re-plans).
 */
class SearchPrefilterTest {

    @Test
    void skippingRelaxationsChangesNoSearch() {
        SplittableRandom random = new SplittableRandom(20261207L);
        ScenarioGenerator generator = new ScenarioGenerator();
        long skipped = 0;
        long searches = 0;
        for (int i = 0; i < 5; i++) {
            GeneratorSpec spec = i == 0 ? GeneratorSpec.SMALL
                    : GeneratorSpec.of(40 + random.nextInt(120), 30 + random.nextInt(90), 3 + random.nextInt(20), random.nextLong());
            PlanningNetwork net = new PlanningNetwork(generator.generate(spec), PlannerOptions.DEFAULT);
            Preparation prep = new Preparation(net, 1);
            ArrivalSearch fast = new ArrivalSearch(net);
            ArrivalSearch full = new ArrivalSearch(net);
            fast.potentials = prep.potential;
            full.potentials = prep.potential;
            full.prefilter = false;
            Residuals empty = new Residuals(net);
            Residuals used = new Residuals(net);
            int relaxed = net.arcCount > 0 ? random.nextInt(net.resourceCount) : -1;
            Residuals relaxedUsed = new Residuals(net, relaxed);
            UnitPlan plan = new UnitPlan();
            UnitPlan relaxedPlan = new UnitPlan();
            for (int u : prep.order) {
                same(fast, full, u, empty, true, spec);
                double arrival = same(fast, full, u, used, false, spec);
                if (arrival != Double.POSITIVE_INFINITY) {
                    fast.commit(u, fast.route(), used, plan);
                    plan.consumption.size = 0;
                }
                double relaxedArrival = same(fast, full, u, relaxedUsed, false, spec);
                if (relaxedArrival != Double.POSITIVE_INFINITY) {
                    fast.commit(u, fast.route(), relaxedUsed, relaxedPlan);
                    relaxedPlan.consumption.size = 0;
                }
                searches += 3;
            }
            skipped += fast.skipped;
            assertThat(fast.pops).as("states popped, %s", spec).isEqualTo(full.pops);
            assertThat(full.skipped).isZero();
        }
        assertThat(searches).isPositive();
        assertThat(skipped).as("relaxations skipped in %d searches", searches).isPositive();
    }

    private static double same(ArrivalSearch fast, ArrivalSearch full, int u, Residuals residuals, boolean empty,
                               GeneratorSpec spec) {
        double a = fast.search(u, residuals, empty);
        int[] routeA = fast.route();
        double b = full.search(u, residuals, empty);
        assertThat(Double.doubleToRawLongBits(a)).as("arrival of unit %d (empty %s), %s", u, empty, spec)
                .isEqualTo(Double.doubleToRawLongBits(b));
        if (a != Double.POSITIVE_INFINITY) {
            assertThat(routeA).as("route of unit %d (empty %s), %s", u, empty, spec).containsExactly(full.route());
        }
        return a;
    }
}
