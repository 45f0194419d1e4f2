package org.bulwark.deploy.planner;

import org.bulwark.deploy.network.IndexedHeap;

import org.bulwark.deploy.PlannerOptions;
import org.bulwark.deploy.network.PlanningNetwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.bulwark.scenario.generate.GeneratorSpec;
import org.bulwark.scenario.generate.ScenarioGenerator;
import org.junit.jupiter.api.Test;

/**
 * Each unit's A* potential against a slow reference: Bellman–Ford relaxation of the same arc
 * costs to a fixpoint gives the least sum over every path, which Dijkstra's algorithm must match
 * to the last bit (the searches' tie-breaking, and so the plans, depend on these exact doubles).
 */
class UnitPotentialTest {

    private static double[] bellmanFord(PlanningNetwork net, int u) {
        double[] dist = new double[net.nodeCount];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        dist[net.destination[u]] = 0;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int v = 0; v < net.nodeCount; v++) {
                for (int i = net.outStart[v]; i < net.outStart[v + 1]; i++) {
                    int arc = net.outArcs[i];
                    if (net.arcWeightLimit[arc] < net.heaviest[u] || dist[net.arcHead[arc]] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double cost = net.arcTransit[arc];
                    double candidate = dist[net.arcHead[arc]] + cost;
                    if (candidate < dist[v]) {
                        dist[v] = candidate;
                        changed = true;
                    }
                }
            }
        }
        return dist;
    }

    @Test
    void equalsTheBellmanFordFixpointToTheBit() {
        SplittableRandom random = new SplittableRandom(20261123L);
        ScenarioGenerator generator = new ScenarioGenerator();
        int withDelays = 0;
        for (int i = 0; i < 6; i++) {
            GeneratorSpec spec = GeneratorSpec.of(30 + random.nextInt(120), 20 + random.nextInt(80), 2 + random.nextInt(10),
                    random.nextLong());
            PlanningNetwork net = new PlanningNetwork(generator.generate(spec), PlannerOptions.DEFAULT);
            IndexedHeap heap = new IndexedHeap(net.nodeCount);
            for (int u = 0; u < net.unitCount; u++) {
                if (net.home[u] < 0 || net.destination[u] < 0) {
                    continue;
                }
                double[] potential = ArrivalSearch.unitPotential(net, u, null, heap);
                assertThat(potential).as("unit %d, spec %s", u, spec).containsExactly(bellmanFord(net, u));
                if (potential != net.transitLowerBound(net.destination[u])) {
                    withDelays++;
                }
            }
        }
        assertThat(withDelays).as("potentials with weight limits (not just the transit bound)").isPositive();
    }
}
