package org.bulwark.deploy;

import java.util.Arrays;

/**
 * A lower bound on one unit's closure that holds for every plan of the streamed model
 * (docs/deployment-model.md, "Lower bound"): every element of the unit passes every resource of
 * its route, and a resource passes at most its rate (capacity per day ÷ 24) in any hour, so on a
 * route {@code R} the last tonne is through no earlier than
 * {@code available + transit(R) + tonnes ÷ rate(e)} for each constrained resource {@code e} of
 * {@code R}. Taking the least transit over all routes and the widest route's narrowest resource
 * gives a bound below the best route's: {@code available + least transit + tonnes ÷ widest rate}.
 * The resources of a route are its arcs and the handling of every node where it loads or unloads
 * (home unless it leaves by road, each mode change, the destination unless it arrives by road), so
 * the widest route is searched over (node, arriving mode). Separately, every element spends at least
 * the handling hours where it loads and unloads, so the last element takes at least the least, over
 * routes, of transit plus handling hours; the bound is the larger of the two (handling hours are a
 * least time that the passage at a node's rate counts towards, so the two do not add). Gauge breaks are left out (a weaker but
 * valid bound). Arcs whose weight limit is below the unit's heaviest item are never used, so they
 * are left out of both.
 */
final class StreamBound {
    /** States per node: 0 at home before moving, 1 + mode ordinal after arriving by that mode. */
    private static final int STATES = 5;
    private static final int ROAD = 0;
    private final PlanningNetwork net;
    private final double[] best;
    private final double[] time;
    private final IndexedHeap heap;
    /** Each resource's rate in tonnes an hour (+∞ when unconstrained). */
    private final double[] rate;
    /** Per unit searched, its element on each mode, and its handling hours from arriving mode + 1 (0: not moved yet) to leaving mode (NaN: not worked out yet). */
    private final double[] element = new double[4];
    private final double[] handling = new double[5 * 4];

    StreamBound(PlanningNetwork net) {
        this.net = net;
        best = new double[net.nodeCount * STATES];
        time = new double[net.nodeCount * STATES];
        heap = new IndexedHeap(net.nodeCount * STATES);
        rate = new double[net.resourceCount];
        for (int r = 0; r < rate.length; r++) {
            rate[r] = net.capacityPerPeriod[r] / net.step;
        }
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
        // handling hours are a least time at a node that its passage at the rate counts towards, so
        // they are not added to the narrowest resource's passage: either bound holds, take the larger
        return net.available[u] + Math.max(least + pass, leastWithHandling(u));
    }

    /**
     * The least, over routes from the unit's home to its destination, of the transits plus the
     * handling hours of its elements where the route loads, changes mode and unloads (gauge changes
     * left out): Dijkstra over (node, arriving mode).
     */
    double leastWithHandling(int u) {
        int home = net.home[u];
        int dest = net.destination[u];
        double heaviest = net.heaviest[u];
        for (int m = 0; m < 4; m++) {
            element[m] = net.element(u, m);
        }
        Arrays.fill(handling, Double.NaN);
        Arrays.fill(time, Double.POSITIVE_INFINITY);
        heap.clear();
        int start = home * STATES;
        time[start] = 0;
        heap.update(start, 0);
        double answer = Double.POSITIVE_INFINITY;
        while (!heap.isEmpty()) {
            double key = heap.peekKey();
            int state = heap.pop();
            if (key >= answer) {
                continue;
            }
            int v = state / STATES;
            int arrivedBy = state % STATES - 1;
            if (v == dest && arrivedBy >= 0) {
                double unload = arrivedBy == ROAD ? 0 : net.handlingHours(arrivedBy, -1, element[arrivedBy], 0);
                answer = Math.min(answer, key + unload);
                continue;
            }
            for (int i = net.outStart[v], end = net.outStart[v + 1]; i < end; i++) {
                if (net.outWeightLimit[i] < heaviest) {
                    continue;
                }
                int m2 = net.outMode[i];
                boolean handles = arrivedBy < 0 ? m2 != ROAD : arrivedBy != m2;
                double t = key + net.outTransit[i];
                if (handles) {
                    int h = 4 * (arrivedBy + 1) + m2;
                    double hours = handling[h];
                    if (Double.isNaN(hours)) {
                        hours = handling[h] = net.handlingHours(arrivedBy, m2, arrivedBy < 0 ? net.tonnes[u] : element[arrivedBy],
                                element[m2]);
                    }
                    t += hours;
                }
                int w = net.outHead[i] * STATES + 1 + m2;
                if (t < time[w]) {
                    time[w] = t;
                    heap.update(w, t);
                }
            }
        }
        return answer;
    }

    /**
     * The greatest, over routes from {@code home} to {@code dest}, of the least rate (t/h) among the
     * route's arcs and the handling where it loads, changes mode or unloads.
     */
    double widestRate(int home, int dest, double heaviest) {
        Arrays.fill(best, -1);
        heap.clear();
        int start = home * STATES;
        best[start] = Double.POSITIVE_INFINITY;
        heap.update(start, Double.NEGATIVE_INFINITY);
        double answer = -1;
        while (!heap.isEmpty()) {
            double key = -heap.peekKey();
            int state = heap.pop();
            int v = state / STATES;
            int arrivedBy = state % STATES - 1; // -1: not moved yet
            if (v == dest && arrivedBy >= 0) {
                // unloading at the destination unless the unit arrives by road
                double through = arrivedBy == ROAD ? key : Math.min(key, rate[net.handlingRes(v)]);
                answer = Math.max(answer, through);
                if (answer >= key) {
                    return answer; // no state left in the heap can do better than its key
                }
                continue;
            }
            for (int i = net.outStart[v], end = net.outStart[v + 1]; i < end; i++) {
                if (net.outWeightLimit[i] < heaviest) {
                    continue;
                }
                int m2 = net.outMode[i];
                boolean handles = arrivedBy < 0 ? m2 != ROAD : arrivedBy != m2;
                double nb = Math.min(key, rate[net.outArcs[i]]);
                if (handles) {
                    nb = Math.min(nb, rate[net.handlingRes(v)]);
                }
                int w = net.outHead[i] * STATES + 1 + m2;
                if (nb > best[w]) {
                    best[w] = nb;
                    heap.update(w, -nb);
                }
            }
        }
        return answer < 0 ? 0 : answer;
    }
}
