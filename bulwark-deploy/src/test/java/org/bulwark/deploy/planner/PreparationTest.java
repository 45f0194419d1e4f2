package org.bulwark.deploy.planner;

import org.bulwark.deploy.network.IndexedHeap;

import org.bulwark.deploy.PlannerOptions;
import org.bulwark.deploy.network.PlanningNetwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.bulwark.scenario.generate.GeneratorSpec;
import org.bulwark.scenario.generate.ScenarioGenerator;
import org.junit.jupiter.api.Test;

/**
 * The preparation hands out the construction order one (required hour, priority) group at a time
 * while other threads work out later groups' critical paths: the order it hands out must be the
 * one a single sort of all units gives, each unit's potential must be there when it is handed out,
 * and nothing may depend on the thread count.
 */
class PreparationTest {

    /** The construction order as one sort of every movable unit (the order before it was handed out by group). */
    private static int[] sortedOrder(PlanningNetwork net, Preparation prep) {
        List<Integer> movable = new ArrayList<>();
        for (int u = 0; u < net.unitCount; u++) {
            if (prep.fixedOutcome[u] == UnitPlan.PLANNED) {
                movable.add(u);
            }
        }
        Comparator<Integer> order = Comparator.<Integer>comparingDouble(
                        u -> net.required[u] - (Math.min(prep.criticalArrival[u], net.horizon) - net.available[u]))
                .thenComparingInt(u -> net.priority[u])
                .thenComparing(Comparator.<Integer>comparingDouble(u -> net.tonnes[u]).reversed())
                .thenComparing(u -> net.units[u].id().value())
                .thenComparingInt(u -> u);
        movable.sort(order);
        return movable.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void handsOutTheSortedOrderWithEachPotentialReadyAndTheSameForAnyThreadCount() {
        SplittableRandom random = new SplittableRandom(20261123L);
        ScenarioGenerator generator = new ScenarioGenerator();
        int groupsSeen = 0;
        for (int i = 0; i < 6; i++) {
            GeneratorSpec spec = GeneratorSpec.of(40 + random.nextInt(160), 30 + random.nextInt(90), 3 + random.nextInt(20),
                    random.nextLong());
            PlanningNetwork net = new PlanningNetwork(generator.generate(spec), PlannerOptions.DEFAULT);
            Preparation one = null;
            for (int threads : new int[] {1, 2, 3}) {
                double[][] potentials = new double[net.unitCount][];
                List<Integer> handed = new ArrayList<>();
                List<Integer> missing = new ArrayList<>();
                Preparation prep = new Preparation(net, threads, potentials, u -> {
                    handed.add(u);
                    if (potentials[u] == null) {
                        missing.add(u);
                    }
                });
                assertThat(handed).as("handed out, %d threads, %s", threads, spec)
                        .containsExactly(Arrays.stream(prep.order).boxed().toArray(Integer[]::new));
                assertThat(missing).as("potentials not ready when handed out, %d threads, %s", threads, spec).isEmpty();
                assertThat(prep.order).as("order, %d threads, %s", threads, spec).containsExactly(sortedOrder(net, prep));
                assertThat(prep.potential).isSameAs(potentials);
                if (one == null) {
                    one = prep;
                    groupsSeen += (int) Arrays.stream(prep.order)
                            .mapToObj(u -> net.required[u] + "/" + net.priority[u]).distinct().count();
                    continue;
                }
                assertThat(prep.order).containsExactly(one.order);
                assertThat(prep.fixedOutcome).containsExactly(one.fixedOutcome);
                assertThat(prep.criticalArrival).containsExactly(one.criticalArrival);
                assertThat(prep.criticalRoute).isDeepEqualTo(one.criticalRoute);
                assertThat(prep.potential).isDeepEqualTo(one.potential);
                assertThat(prep.verdicts).containsExactly(one.verdicts);
                assertThat(prep.bound).isEqualTo(one.bound);
            }
        }
        assertThat(groupsSeen).as("(required hour, priority) groups over the instances").isGreaterThan(12);
    }

    @Test
    void sharedPotentialsAreLowerBoundsOfEachUnitsOwnAndLeaveTheCriticalPathsExact() {
        SplittableRandom random = new SplittableRandom(20261124L);
        ScenarioGenerator generator = new ScenarioGenerator();
        IndexedHeap heap = new IndexedHeap(1);
        int shared = 0;
        int weaker = 0;
        for (int i = 0; i < 6; i++) {
            GeneratorSpec spec = GeneratorSpec.of(60 + random.nextInt(200), 30 + random.nextInt(90), 3 + random.nextInt(20),
                    random.nextLong());
            PlanningNetwork net = new PlanningNetwork(generator.generate(spec), PlannerOptions.DEFAULT);
            Preparation prep = new Preparation(net, 2);
            heap = new IndexedHeap(net.nodeCount);
            double[][] own = new double[net.unitCount][];
            for (int u : prep.order) {
                own[u] = ArrivalSearch.unitPotential(net, u, null, heap);
                double[] h = prep.potential[u];
                for (int v = 0; v < net.nodeCount; v++) {
                    assertThat(h[v]).as("unit %d node %d, %s", u, v, spec).isLessThanOrEqualTo(own[u][v]);
                }
                if (!Arrays.equals(h, own[u])) {
                    weaker++;
                }
                for (int w : prep.order) {
                    if (w < u && prep.potential[w] == h) {
                        shared++;
                        break;
                    }
                }
            }
            ArrivalSearch search = new ArrivalSearch(net);
            search.potentials = own;
            Residuals empty = new Residuals(net);
            for (int u : prep.order) {
                assertThat(search.search(u, empty, true)).as("critical arrival of unit %d, %s", u, spec)
                        .isEqualTo(prep.criticalArrival[u]);
                // the transit-and-rate bound is below the unit's closure alone
                assertThat(prep.closureBound[u]).as("closure bound of unit %d, %s", u, spec)
                        .isLessThanOrEqualTo(prep.criticalArrival[u]);
            }
        }
        assertThat(shared).as("units sharing a potential with another").isPositive();
    }
}
