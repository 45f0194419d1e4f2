package org.bulwark.deploy;

import java.util.Arrays;

/**
 * A lower bound on one unit's closure that holds for every plan of the streamed model
 * (docs/deployment-model.md, "Lower bound"): every element of the unit passes every resource of
 * its route, and a resource passes at most its rate (capacity per day ÷ 24) in any hour, so on a
 * route {@code R} the last tonne is through no earlier than
 * {@code available + transit(R) + tonnes ÷ rate(e)} for each constrained arc {@code e} of
 * {@code R}. Taking the least transit over all routes and the widest route's narrowest arc gives a
 * bound below the best route's: {@code available + least transit + tonnes ÷ widest rate}. Arcs
 * whose weight limit is below the unit's heaviest item are never used, so they are left out of
 * both.
 */
final class StreamBound {
    private final PlanningNetwork net;
    private final double[] best;
    private final MinHeap heap;

    StreamBound(PlanningNetwork net) {
        this.net = net;
        best = new double[net.nodeCount];
        heap = new MinHeap(net.nodeCount);
    }

    /** The bound for unit {@code u}, with {@code transit} its least transit from each node to its destination. */
    double closure(int u, double[] transit) {
        int home = net.home[u];
        int dest = net.destination[u];
        double least = transit[home];
        if (least == Double.POSITIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        double rate = widestRate(home, dest, net.heaviest[u]);
        double pass = rate == Double.POSITIVE_INFINITY || net.tonnes[u] <= Residuals.EPS ? 0 : net.tonnes[u] / rate;
        return net.available[u] + least + pass;
    }

    /** The greatest, over routes from {@code home} to {@code dest}, of the least arc rate (t/h) on the route. */
    double widestRate(int home, int dest, double heaviest) {
        Arrays.fill(best, -1);
        heap.clear();
        best[home] = Double.POSITIVE_INFINITY;
        heap.push(Double.NEGATIVE_INFINITY, home);
        while (!heap.isEmpty()) {
            double key = -heap.peekKey();
            int v = heap.pop();
            if (key < best[v]) {
                continue;
            }
            if (v == dest) {
                return key;
            }
            for (int i = net.outStart[v], end = net.outStart[v + 1]; i < end; i++) {
                if (net.outWeightLimit[i] < heaviest) {
                    continue;
                }
                int e = net.outArcs[i];
                double rate = net.capacityPerPeriod[e] / net.step;
                double nb = Math.min(key, rate);
                int w = net.outHead[i];
                if (nb > best[w]) {
                    best[w] = nb;
                    heap.push(-nb, w);
                }
            }
        }
        return best[dest] < 0 ? 0 : best[dest];
    }
}
