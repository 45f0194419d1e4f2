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
 * A search told the latest arrival wanted ({@code ArrivalSearch.search(u, residuals, empty, wanted)},
 * what the re-planning passes ask off the congested arcs) may give up early, but only when no
 * arrival by then is left: an arrival by {@code wanted} must be the full search's to the bit, with
 * its route, and a later one must come back as +∞ or as that later arrival — with and without weight limits, at the unit's
 * required hour, at the full search's own arrival and just before it.
 */
class SearchGiveUpTest {

    @Test
    void givingUpChangesNoArrivalInTime() {
        SplittableRandom random = new SplittableRandom(20261207L);
        ScenarioGenerator generator = new ScenarioGenerator();
        int inTime = 0;
        int late = 0;
        for (int i = 0; i < 4; i++) {
            GeneratorSpec spec = i == 0 ? GeneratorSpec.SMALL
                    : GeneratorSpec.of(40 + random.nextInt(120), 30 + random.nextInt(90), 3 + random.nextInt(20), random.nextLong());
            PlanningNetwork net = new PlanningNetwork(generator.generate(spec), PlannerOptions.DEFAULT);
            Preparation prep = new Preparation(net, 1);
            ArrivalSearch full = new ArrivalSearch(net);
            ArrivalSearch quick = new ArrivalSearch(net);
            full.potentials = prep.potential;
            quick.potentials = prep.potential;
            double[] limits = net.arcWeightLimit.clone();
            for (int e = 0; e < limits.length; e++) {
                if (random.nextInt(8) == 0) {
                    limits[e] = Double.NEGATIVE_INFINITY;
                }
            }
            Residuals used = new Residuals(net);
            UnitPlan plan = new UnitPlan();
            for (int u : prep.order) {
                for (double[] l : new double[][] {null, limits}) {
                    full.weightLimits = l;
                    quick.weightLimits = l;
                    double arrival = full.search(u, used, false);
                    int[] route = arrival == Double.POSITIVE_INFINITY ? null : full.route();
                    double[] wanted = {net.required[u], arrival, arrival - 1e-3, arrival + 1};
                    for (double w : wanted) {
                        double got = quick.search(u, used, false, w);
                        if (arrival <= w) {
                            inTime++;
                            assertThat(Double.doubleToRawLongBits(got)).as("unit %d wanted by %s, %s", u, w, spec)
                                    .isEqualTo(Double.doubleToRawLongBits(arrival));
                            assertThat(quick.route()).as("route of unit %d, %s", u, spec).containsExactly(route);
                        } else {
                            late++;
                            assertThat(got == Double.POSITIVE_INFINITY || Double.compare(got, arrival) == 0)
                                    .as("unit %d wanted by %s, arriving %s, got %s, %s", u, w, arrival, got, spec).isTrue();
                        }
                    }
                }
                full.weightLimits = null;
                double arrival = full.search(u, used, false);
                if (arrival != Double.POSITIVE_INFINITY) {
                    full.commit(u, Arrays.copyOf(full.route(), full.route().length), used, plan);
                    plan.consumption.size = 0;
                }
            }
        }
        assertThat(inTime).isPositive();
        assertThat(late).isPositive();
    }
}
