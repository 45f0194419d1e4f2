package org.bulwark.deploy.bound;

import org.bulwark.deploy.network.IndexedHeap;
import org.bulwark.deploy.network.PlanningNetwork;

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
 * the handling hours where it loads and unloads and drives road links only in the daily march window,
 * so the last element arrives no earlier than the earliest single element could; the bound is the larger of the two (handling hours are a
 * least time that the passage at a node's rate counts towards, so the two do not add). Gauge breaks are left out (a weaker but
 * valid bound). Arcs whose weight limit is below the unit's heaviest item are never used, so they
 * are left out of both.
 */
public final class StreamBound {
    /** States per node: 0 at home before moving, 1 + mode ordinal after arriving by that mode. */
    private static final int STATES = 5;
    private static final int ROAD = 0;
    private final PlanningNetwork net;
    private final double[] best;
    private final double[] time;
    private final double[] toGo;
    private final IndexedHeap heap;

    public StreamBound(PlanningNetwork net) {
        this.net = net;
        best = new double[net.nodeCount * STATES];
        time = new double[net.nodeCount * STATES];
        toGo = new double[net.nodeCount * STATES];
        heap = new IndexedHeap(net.nodeCount * STATES);
    }

    /** The bound for unit {@code u}, with {@code transit} its least transit from each node to its destination. */
    public double closure(int u, double[] transit) {
        return closure(u, transit, Double.POSITIVE_INFINITY);
    }

    /**
     * {@code min(bound, cap)}: the bound for unit {@code u}, no larger than {@code cap} (the closure
     * of a plan of the unit alone, say, which caller takes the least of anyway). Searches stop at the
     * cap: a route whose bound reaches it cannot lower the least below it.
     */
    public double closure(int u, double[] transit, double cap) {
        int home = net.home[u];
        int dest = net.destination[u];
        double least = transit[home];
        if (least == Double.POSITIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        double rate = widestRate(home, dest, net.heaviest[u]);
        double pass = rate == Double.POSITIVE_INFINITY || net.tonnes[u] <= PlanningNetwork.EPS ? 0 : net.tonnes[u] / rate;
        // handling hours are a least time at a node that its passage at the rate counts towards, so
        // they are not added to the narrowest resource's passage: either bound holds, take the larger
        double bound = Math.max(net.available[u] + least + pass, earliestWithHandling(u, true, cap));
        if (bound >= cap) {
            return cap;
        }
        if (cap <= net.required[u]) {
            // on time even at the cap: the pipeline could prove no lateness, only a later closure; it
            // costs three searches of the whole network, so units that are on time alone go without
            return bound;
        }
        earliestWithHandling(u, false, cap); // every state labelled: the pipeline reads them
        return Math.min(cap, Math.max(bound, pipeline(u, cap)));
    }


    /**
     * The pipeline bound: on any route, for each resource {@code e} it uses (an arc, or a node's
     * handling where it loads, changes mode or unloads), the unit's first element reaches {@code e}
     * no earlier than the earliest any element can ({@link #earliestWithHandling}'s labels), its last
     * tonne is through {@code e} at least {@code tonnes ÷ rate(e)} later, and from there the last
     * element still needs the least time to the destination with its transits and handling hours.
     * Call that {@code LB(e)}; a route's closure is at least its largest {@code LB(e)}, so the least
     * over routes of the largest (a minimax path over (node, arriving mode)) bounds every plan. It
     * counts what the rate bound leaves out: the time to reach the narrowest resource and the time
     * after it — for a brigade sailing from a slow port, the sailing and the discharge after loading.
     * Reads {@link #time}, which {@code earliestWithHandling(u, false)} must have filled for {@code u}.
     * States the searches left at +∞ (beyond the cap) are skipped: any route through them is bounded
     * by the cap or more, and the caller takes the least of the bound and the cap.
     */
    private double pipeline(int u, double cap) {
        int home = net.home[u];
        int dest = net.destination[u];
        double tonnes = net.tonnes[u];
        if (tonnes <= PlanningNetwork.EPS) {
            return Double.NEGATIVE_INFINITY; // nothing to pass; the other bounds hold
        }
        // time[] holds every state's earliest arrival (earliestWithHandling(u, false), called first)
        if (!remaining(u, cap)) {
            return Double.NEGATIVE_INFINITY;
        }
        double heaviest = net.heaviest[u];
        // minimax over states: best[] is the largest LB(e) so far on the best route to the state
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        heap.clear();
        int start = home * STATES;
        best[start] = Double.NEGATIVE_INFINITY;
        heap.update(start, Double.NEGATIVE_INFINITY);
        double answer = Double.POSITIVE_INFINITY;
        while (!heap.isEmpty()) {
            double key = heap.peekKey();
            int state = heap.pop();
            if (key > best[state] || key >= answer) {
                continue;
            }
            if (key >= cap) {
                break;
            }
            int v = state / STATES;
            int arrivedBy = state % STATES - 1;
            double reached = time[state];
            if (reached == Double.POSITIVE_INFINITY) {
                continue;
            }
            if (v == dest && arrivedBy >= 0) {
                double last = key;
                if (arrivedBy != ROAD) { // the destination's handling unloads every tonne
                    last = Math.max(last, reached + pass(net.handlingRes(v), tonnes));
                }
                answer = Math.min(answer, last);
                continue;
            }
            for (int i = net.outStart[v], end = net.outStart[v + 1]; i < end; i++) {
                if (net.outWeightLimit[i] < heaviest) {
                    continue;
                }
                int m2 = net.outMode[i];
                int w = net.outHead[i] * STATES + 1 + m2;
                if (toGo[w] == Double.POSITIVE_INFINITY) {
                    continue;
                }
                boolean handles = arrivedBy < 0 ? m2 != ROAD : arrivedBy != m2;
                double handling = handles
                        ? net.handlingHours(arrivedBy, m2, arrivedBy < 0 ? tonnes : net.element(u, arrivedBy), net.element(u, m2))
                        : 0;
                double after = net.outTransit[i] + toGo[w]; // from leaving v on this arc to closure, at least
                double lb = key;
                if (handles) { // every tonne through v's handling, then on
                    lb = Math.max(lb, reached + pass(net.handlingRes(v), tonnes) + after);
                }
                // every tonne through the arc, entered no earlier than the first element can
                lb = Math.max(lb, reached + handling + pass(net.outArcs[i], tonnes) + after);
                if (lb < best[w]) {
                    best[w] = lb;
                    heap.update(w, lb);
                }
            }
        }
        return answer;
    }

    /** Hours for {@code tonnes} to pass resource {@code res} at its full rate (0 when unconstrained). */
    private double pass(int res, double tonnes) {
        double r = rate(res);
        return r == Double.POSITIVE_INFINITY ? 0 : tonnes / r;
    }

    /**
     * Fills {@link #toGo} with the least time from each state (at a node, arrived by a mode) to the
     * unit's closure: transits plus handling hours where the route changes mode and unloads (no march
     * window: a weaker but valid bound). Dijkstra backwards from the destination, links being the same
     * both ways. Returns whether the unit's home reaches the destination.
     */
    private boolean remaining(int u, double cap) {
        int home = net.home[u];
        int dest = net.destination[u];
        double heaviest = net.heaviest[u];
        Arrays.fill(toGo, Double.POSITIVE_INFINITY);
        heap.clear();
        for (int m = 0; m < STATES - 1; m++) {
            int s = dest * STATES + 1 + m;
            toGo[s] = m == ROAD ? 0 : net.handlingHours(m, -1, net.element(u, m), 0);
            heap.update(s, toGo[s]);
        }
        double limit = cap - net.available[u]; // a state needing longer than this to close is beyond the cap
        while (!heap.isEmpty()) {
            double key = heap.peekKey();
            int state = heap.pop();
            if (key > toGo[state]) {
                continue;
            }
            if (key >= limit) {
                break;
            }
            int w = state / STATES;
            int m2 = state % STATES - 1;
            if (m2 < 0) {
                continue; // the home state has no predecessor
            }
            // predecessors: (v, a) --arc v->w of mode m2--> (w, m2); the arc w->v has the same transit and limit
            for (int j = net.outStart[w], end = net.outStart[w + 1]; j < end; j++) {
                if (net.outMode[j] != m2 || net.outWeightLimit[j] < heaviest) {
                    continue;
                }
                int v = net.outHead[j];
                double through = key + net.outTransit[j];
                for (int a = -1; a < STATES - 1; a++) {
                    if (a < 0 && v != home) {
                        continue;
                    }
                    boolean handles = a < 0 ? m2 != ROAD : a != m2;
                    double t = through + (handles ? net.handlingHours(a, m2, a < 0 ? net.tonnes[u] : net.element(u, a),
                            net.element(u, m2)) : 0);
                    int s = v * STATES + 1 + a;
                    if (t < toGo[s]) {
                        toGo[s] = t;
                        heap.update(s, t);
                    }
                }
            }
        }
        return toGo[home * STATES] != Double.POSITIVE_INFINITY;
    }

    /**
     * The earliest any element can arrive, over routes from the unit's home to its destination,
     * leaving at the unit's available hour: the transits plus the handling hours of its elements
     * where the route loads, changes mode and unloads (gauge changes left out), with road links driven
     * only inside the daily march window, as every element's are ({@link
     * org.bulwark.model.MovementTimes#marchArrival}, monotone in the start, so earliest is best):
     * time-dependent Dijkstra over (node, arriving mode), in absolute hours.
     */
    public double earliestWithHandling(int u) {
        return earliestWithHandling(u, true, Double.POSITIVE_INFINITY);
    }

    /**
     * As {@link #earliestWithHandling(int)}; without {@code stopEarly} every state's label is its
     * earliest arrival, and labels at or beyond {@code cap} are left unsettled (+∞ or above the cap).
     */
    private double earliestWithHandling(int u, boolean stopEarly, double cap) {
        int home = net.home[u];
        int dest = net.destination[u];
        double heaviest = net.heaviest[u];
        Arrays.fill(time, Double.POSITIVE_INFINITY);
        heap.clear();
        int start = home * STATES;
        time[start] = net.available[u];
        heap.update(start, net.available[u]);
        double answer = Double.POSITIVE_INFINITY;
        while (!heap.isEmpty()) {
            double key = heap.peekKey();
            int state = heap.pop();
            if (key > time[state] || stopEarly && key >= answer) {
                continue;
            }
            if (key >= cap) {
                break; // every state left is at least the cap: unlabelled (+∞) is as good for the pipeline
            }
            int v = state / STATES;
            int arrivedBy = state % STATES - 1;
            if (v == dest && arrivedBy >= 0) {
                double unload = arrivedBy == ROAD ? 0 : net.handlingHours(arrivedBy, -1, net.element(u, arrivedBy), 0);
                answer = Math.min(answer, key + unload);
                continue;
            }
            for (int i = net.outStart[v], end = net.outStart[v + 1]; i < end; i++) {
                if (net.outWeightLimit[i] < heaviest) {
                    continue;
                }
                int m2 = net.outMode[i];
                boolean handles = arrivedBy < 0 ? m2 != ROAD : arrivedBy != m2;
                double t = key;
                if (handles) {
                    t += net.handlingHours(arrivedBy, m2, arrivedBy < 0 ? net.tonnes[u] : net.element(u, arrivedBy),
                            net.element(u, m2));
                }
                t = m2 == ROAD ? net.times.marchArrival(t, net.outTransit[i]) : t + net.outTransit[i];
                int w = net.outHead[i] * STATES + 1 + m2;
                if (t < time[w]) {
                    time[w] = t;
                    heap.update(w, t);
                }
            }
        }
        return answer;
    }

    /** A resource's rate in tonnes an hour (+∞ when unconstrained). */
    private double rate(int res) {
        return net.capacityPerPeriod[res] / net.step;
    }

    /**
     * The greatest, over routes from {@code home} to {@code dest}, of the least rate (t/h) among the
     * route's arcs and the handling where it loads, changes mode or unloads.
     */
    public double widestRate(int home, int dest, double heaviest) {
        Arrays.fill(best, -1);
        heap.clear();
        int start = home * STATES;
        best[start] = Double.POSITIVE_INFINITY;
        heap.update(start, Double.NEGATIVE_INFINITY);
        double answer = -1;
        while (!heap.isEmpty()) {
            double key = -heap.peekKey();
            int state = heap.pop();
            if (key < best[state]) {
                continue;
            }
            int v = state / STATES;
            int arrivedBy = state % STATES - 1; // -1: not moved yet
            if (v == dest && arrivedBy >= 0) {
                // unloading at the destination unless the unit arrives by road
                double through = arrivedBy == ROAD ? key : Math.min(key, rate(net.handlingRes(v)));
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
                double nb = Math.min(key, rate(net.outArcs[i]));
                if (handles) {
                    nb = Math.min(nb, rate(net.handlingRes(v)));
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
