package org.bulwark.deploy;

import java.util.Arrays;

/**
 * Capacity-aware earliest-arrival search for one unit: label setting (A* with the unit's
 * least-time bound as potential, see {@link #unitPotential}) over states (node, arriving mode, train gauge), each transition
 * applying the model's fills against the current residuals. Completion of a fill is monotone in
 * its start, so the transitions are FIFO and the first label settled at the destination is the
 * earliest arrival (Ziliaskopoulos–Mahmassani style time-dependent shortest path; CCRP of Lu,
 * George and Shekhar for the capacity-aware routing idea).
 *
 * <p>One instance is a workspace for one thread; it is reused across units. States wait in a
 * {@link RadixHeap}: the keys (arrival plus potential) grow but for rounding, which it handles
 * exactly, so the states settle in the same order as with any exact priority queue.
 */
final class ArrivalSearch {
    static final int SUBSTATES = 7;
    static final int START = 0;
    private static final int ROAD_SUB = 1;
    private static final int SEA_SUB = 2;
    private static final int AIR_SUB = 3;
    private static final int RAIL_ANY = 4;
    private static final int RAIL_STANDARD = 5;
    private static final int RAIL_BROAD = 6;
    /** Mode ordinal (ROAD, RAIL, SEA, AIR) of each substate; -1 for START. */
    private static final int[] MODE_OF = {-1, 0, 2, 3, 1, 1, 1};
    private static final int RAIL = 1;
    private static final double INF = Double.POSITIVE_INFINITY;

    private final PlanningNetwork net;
    private final double[] time;
    /** The states labelled by the last search, the first {@link #labelledCount}: their times are reset to +∞ before the next. */
    private final int[] labelled;
    private int labelledCount;
    private final int[] parent;
    private final int[] parentArc;
    private final RadixHeap heap;
    private int[] path = new int[64];

    /**
     * Weight limit per arc to use instead of the network's, or null: the improvement phase sets
     * an arc's limit to -∞ to ask where a unit could go while staying off it (no cost in the
     * search loop, which checks the limit anyway).
     */
    double[] weightLimits;

    /** Counters for tuning (not part of any result). */
    long pops;
    long relaxations;

    ArrivalSearch(PlanningNetwork net) {
        this.net = net;
        int states = net.nodeCount * SUBSTATES;
        time = new double[states];
        Arrays.fill(time, INF);
        labelled = new int[states];
        parent = new int[states];
        parentArc = new int[states];
        heap = new RadixHeap(states);
        potential = new double[net.nodeCount];
        reverse = new IndexedHeap(net.nodeCount);
    }

    private final double[] potential;
    private final IndexedHeap reverse;
    /** Each unit's potential on the fully constrained network ({@link Preparation#potential}), or null. */
    double[][] potentials;

    /** The A* potential of unit {@code u} against {@code residuals}: the shared one unless a relaxed arc would make it too high. */
    private double[] potential(int u, Residuals residuals) {
        double[][] cached = potentials;
        int relaxed = residuals.relaxed;
        if (cached != null && cached[u] != null && (relaxed < 0 || arcDelay(net, u, relaxed) == 0)) {
            return cached[u];
        }
        return unitPotential(net, u, relaxed, potential, reverse);
    }

    /**
     * The least time the fill of unit {@code u} can take on arc {@code e}: a fill needs at least
     * ⌈tonnes ÷ capacity per period⌉ periods, the first possibly begun already, so it completes
     * more than that many periods less 2 after it starts, on any residuals (a period never has
     * more than the full capacity).
     */
    static double arcDelay(PlanningNetwork n, int u, int e) {
        double tonnes = n.tonnes[u];
        double capacity = n.capacityPerPeriod[e];
        if (e >= n.arcCount || tonnes <= 2 * capacity || tonnes <= Residuals.EPS) {
            return 0;
        }
        return delay(tonnes, capacity, n.step);
    }

    /** {@link #arcDelay} for {@code tonnes > 2 · capacity}. */
    private static double delay(double tonnes, double capacity, double step) {
        double needed = Math.ceil((tonnes - Residuals.EPS) / capacity - 1e-9);
        return needed > 2 ? (needed - 2) * step : 0;
    }

    /**
     * The A* potential for unit {@code u}, with resource {@code relaxed} (or none when -1)
     * unconstrained: the least time from each node to the destination over arcs that carry the
     * unit's heaviest item, each costing its transit plus {@link #arcDelay}. Summed along a path
     * these bound the time to the destination from any state at any hour from below, and the
     * potential is consistent, so the label setting stays exact. Returns the transit bound itself
     * when no arc would add anything; otherwise fills {@code dist} (a new array when null).
     *
     * <p>Dijkstra's algorithm with decrease-key on {@code q}, each node settled once. Every
     * distance is the least, over the node's out-arcs, of the settled distance at the arc's head
     * plus the arc's cost (rounding is monotone and costs are not negative), so the doubles are
     * the same whatever the heap and the order of ties.
     */
    static double[] unitPotential(PlanningNetwork n, int u, int relaxed, double[] dist, IndexedHeap q) {
        return potential(n, n.destination[u], n.heaviest[u], n.tonnes[u], relaxed, dist, q);
    }

    /**
     * {@link #unitPotential} for a load of {@code tonnes} whose heaviest item weighs
     * {@code heaviest}, bound for {@code target}. It is a valid potential for every unit bound
     * there that is at least as heavy and whose heaviest item uses no more arcs: its arc costs are
     * no higher than that unit's own, so it is a consistent lower bound for that unit too.
     */
    static double[] potential(PlanningNetwork n, int target, double heaviest, double tonnes, int relaxed, double[] dist,
            IndexedHeap q) {
        if (tonnes <= 2 * n.leastArcCapacityPerPeriod && heaviest <= n.leastArcWeightLimit) {
            return n.transitLowerBound(target);
        }
        if (dist == null) {
            dist = new double[n.nodeCount];
        }
        Arrays.fill(dist, INF);
        dist[target] = 0;
        q.clear();
        q.update(target, 0);
        int[] outStart = n.outStart;
        int[] outArcs = n.outArcs;
        int[] inTail = n.inTail;
        double[] inTransit = n.inTransit;
        double[] inWeight = n.inWeightLimit;
        double[] inCapacity = n.inCapacityPerPeriod;
        while (!q.isEmpty()) {
            double key = q.peekKey();
            int v = q.pop();
            // arcs into v are the reverse twins of arcs out of v
            for (int i = outStart[v], end = outStart[v + 1]; i < end; i++) {
                if (inWeight[i] < heaviest) {
                    continue;
                }
                double cost = inTransit[i];
                // arcDelay of the twin, on the CSR copy of its capacity
                if (tonnes > 2 * inCapacity[i] && tonnes > Residuals.EPS && (outArcs[i] ^ 1) != relaxed) {
                    cost += delay(tonnes, inCapacity[i], n.step);
                }
                int w = inTail[i];
                double nd = key + cost;
                if (nd < dist[w]) {
                    dist[w] = nd;
                    q.update(w, nd);
                }
            }
        }
        return dist;
    }

    private static int railSub(byte arcGauge) {
        return switch (arcGauge) {
            case PlanningNetwork.GAUGE_STANDARD -> RAIL_STANDARD;
            case PlanningNetwork.GAUGE_BROAD -> RAIL_BROAD;
            default -> RAIL_ANY;
        };
    }

    private static int subFor(int mode, byte arcGauge) {
        return switch (mode) {
            case 0 -> ROAD_SUB;
            case 1 -> railSub(arcGauge);
            case 2 -> SEA_SUB;
            default -> AIR_SUB;
        };
    }

    /**
     * Earliest arrival (in place, after unloading) of unit {@code u} against {@code residuals}, or
     * +∞ when nothing fits in the horizon. With {@code empty} the residuals are ignored and every
     * resource has its full capacity (the critical path). The route is kept until the next search:
     * read it with {@link #route()}.
     */
    double search(int u, Residuals residuals, boolean empty) {
        PlanningNetwork n = net;
        double tonnes = n.tonnes[u];
        double heaviest = n.heaviest[u];
        int home = n.home[u];
        int dest = n.destination[u];
        double horizon = n.horizon;
        double[] h = potential(u, residuals);
        pathLength = 0;
        if (h[home] == INF) {
            return INF;
        }
        int homeHandling = n.handlingRes(home);
        double loaded = empty ? residuals.fillEmpty(homeHandling, tonnes, n.available[u])
                : residuals.fill(homeHandling, tonnes, n.available[u]);
        if (loaded + h[home] > horizon) {
            return INF;
        }
        double[] time = this.time;
        int[] labelled = this.labelled;
        int count = labelledCount;
        for (int j = 0; j < count; j++) {
            time[labelled[j]] = INF;
        }
        heap.clear();
        int startState = home * SUBSTATES + START;
        labelled[0] = startState;
        count = 1;
        time[startState] = loaded;
        parent[startState] = -1;
        heap.update(startState, loaded + h[home]);
        int[] outStart = n.outStart;
        int[] outArcs = n.outArcs;
        byte[] outMode = n.outMode;
        byte[] outGauge = n.outGauge;
        int[] outHead = n.outHead;
        double[] outTransit = n.outTransit;
        double[] outWeight = n.outWeightLimit;
        double[] limits = weightLimits;
        int found = -1;
        while (!heap.isEmpty()) {
            int state = heap.pop();
            double key = heap.poppedKey();
            int y = state / SUBSTATES;
            int sub = state - y * SUBSTATES;
            double at = time[state];
            if (key > horizon) {
                break;
            }
            pops++;
            if (y == dest && sub != START) {
                found = state;
                break;
            }
            int mode = MODE_OF[sub];
            double handled = -1; // lazily computed handling completion at y
            for (int i = outStart[y], end = outStart[y + 1]; i < end; i++) {
                int e = outArcs[i];
                if ((limits == null ? outWeight[i] : limits[e]) < heaviest) {
                    continue;
                }
                int z = outHead[i];
                double hz = h[z];
                if (hz == INF) {
                    continue;
                }
                int m2 = outMode[i];
                byte g2 = outGauge[i];
                double ready;
                int nextSub;
                if (sub == START) {
                    ready = at;
                    nextSub = subFor(m2, g2);
                } else if (mode != m2) {
                    if (handled < 0) {
                        handled = handle(residuals, empty, y, tonnes, at);
                    }
                    ready = handled;
                    nextSub = subFor(m2, g2);
                } else if (m2 == RAIL) {
                    if (g2 == PlanningNetwork.GAUGE_DUAL) {
                        ready = at;
                        nextSub = sub;
                    } else if (sub == RAIL_ANY || sub == railSub(g2)) {
                        ready = at;
                        nextSub = railSub(g2);
                    } else {
                        int gb = n.gaugeBreakRes[y];
                        if (gb < 0) {
                            continue;
                        }
                        if (handled < 0) {
                            handled = handle(residuals, empty, y, tonnes, at);
                        }
                        double c = empty ? residuals.fillEmpty(gb, tonnes, handled) : residuals.fill(gb, tonnes, handled);
                        ready = c + n.gaugeBreakHours[y];
                        nextSub = railSub(g2);
                    }
                } else {
                    ready = at;
                    nextSub = sub;
                }
                if (ready + hz > horizon) {
                    continue;
                }
                relaxations++;
                int next = z * SUBSTATES + nextSub;
                double transit = outTransit[i];
                double deadline = horizon - hz - transit;
                double known = time[next]; // +∞ when not labelled yet
                if (known - transit < deadline) {
                    deadline = known - transit;
                }
                double depart = empty ? residuals.fillEmpty(e, tonnes, ready) : residuals.fill(e, tonnes, ready, deadline);
                double arrive = depart + transit;
                if (arrive + hz > horizon) {
                    continue;
                }
                if (arrive < known) {
                    if (known == INF) {
                        labelled[count++] = next;
                    }
                    time[next] = arrive;
                    parent[next] = state;
                    parentArc[next] = e;
                    heap.update(next, arrive + hz);
                }
            }
        }
        labelledCount = count;
        if (found < 0) {
            return INF;
        }
        int d = n.handlingRes(dest);
        double in = empty ? residuals.fillEmpty(d, tonnes, time[found]) : residuals.fill(d, tonnes, time[found]);
        if (in > horizon) {
            return INF;
        }
        // the route, home first
        int len = 0;
        for (int s = found; parent[s] >= 0; s = parent[s]) {
            len++;
        }
        if (path.length < len) {
            path = new int[Math.max(len, path.length * 2)];
        }
        int i = len;
        for (int s = found; parent[s] >= 0; s = parent[s]) {
            path[--i] = parentArc[s];
        }
        pathLength = len;
        return in;
    }

    private int pathLength;

    private double handle(Residuals residuals, boolean empty, int y, double tonnes, double at) {
        int res = net.handlingRes(y);
        return empty ? residuals.fillEmpty(res, tonnes, at) : residuals.fill(res, tonnes, at);
    }

    /** One fill of the walk: when {@code consume}, takes the capacity and notes the wait on the plan. */
    private static double take(Residuals residuals, int res, double tonnes, double t, UnitPlan plan, boolean consume) {
        if (!consume) {
            return residuals.fill(res, tonnes, t);
        }
        double done = residuals.consume(res, tonnes, t, plan.consumption);
        plan.noteWait(res, t, done);
        return done;
    }

    private final UnitPlan scratch = new UnitPlan();

    /**
     * When unit {@code u} would arrive along {@code route} against {@code residuals}, taking
     * nothing; +∞ when it no longer fits. The same as {@link #commit} unless the route passes one
     * resource twice (the walk does not see its own earlier fills).
     */
    double arrivalAlong(int u, int[] route, Residuals residuals) {
        return walk(u, route, residuals, scratch, false) ? scratch.arrival : INF;
    }

    /** Arcs of the last successful search's route, home first. */
    int[] route() {
        return Arrays.copyOf(path, pathLength);
    }

    /**
     * Walks {@code route} for unit {@code u}, consuming capacity and writing the legs into
     * {@code plan}. Returns false (having released what it took) when the route no longer fits in
     * the horizon — possible only when the route passes one resource twice.
     */
    boolean commit(int u, int[] route, Residuals residuals, UnitPlan plan) {
        return walk(u, route, residuals, plan, true);
    }

    /** {@link #commit}, or with {@code consume} false the same walk reading fills only (the plan gets the legs). */
    private boolean walk(int u, int[] route, Residuals residuals, UnitPlan plan, boolean consume) {
        PlanningNetwork n = net;
        plan.clearLegs();
        plan.reserveLegs(2 * route.length + 2);
        if (consume) {
            // at least one period per fill: the load, each move and handling on the way, the unloading
            plan.consumption.reserve(2 * route.length + 2);
        }
        double tonnes = n.tonnes[u];
        int home = n.home[u];
        int y = home;
        double a = n.available[u];
        int hr = n.handlingRes(home);
        double at = take(residuals, hr, tonnes, a, plan, consume);
        plan.addLeg(UnitPlan.TRANSFER, home, a, at);
        int sub = START;
        for (int e : route) {
            if (at == INF) {
                break;
            }
            int m2 = n.arcMode[e];
            byte g2 = n.arcGauge[e];
            int mode = MODE_OF[sub];
            double ready;
            int nextSub;
            if (sub == START) {
                ready = at;
                nextSub = subFor(m2, g2);
            } else if (mode != m2) {
                int res = n.handlingRes(y);
                ready = take(residuals, res, tonnes, at, plan, consume);
                if (ready == INF) {
                    at = INF;
                    break;
                }
                plan.addLeg(UnitPlan.TRANSFER, y, at, ready);
                nextSub = subFor(m2, g2);
            } else if (m2 == RAIL && g2 != PlanningNetwork.GAUGE_DUAL && sub != RAIL_ANY && sub != railSub(g2)) {
                int res = n.handlingRes(y);
                int gb = n.gaugeBreakRes[y];
                double handled = take(residuals, res, tonnes, at, plan, consume);
                double c = handled == INF ? INF : take(residuals, gb, tonnes, handled, plan, consume);
                if (c == INF) {
                    at = INF;
                    break;
                }
                ready = c + n.gaugeBreakHours[y];
                plan.addLeg(UnitPlan.TRANSSHIP, y, at, ready);
                nextSub = railSub(g2);
            } else {
                ready = at;
                nextSub = m2 == RAIL && g2 != PlanningNetwork.GAUGE_DUAL ? railSub(g2) : sub;
            }
            double depart = take(residuals, e, tonnes, ready, plan, consume);
            if (depart == INF) {
                at = INF;
                break;
            }
            at = depart + n.arcTransit[e];
            plan.addLeg(UnitPlan.MOVE, e, depart, at);
            plan.km += n.arcKm[e];
            y = n.arcHead[e];
            sub = nextSub;
        }
        if (at != INF) {
            int d = n.handlingRes(y);
            double in = take(residuals, d, tonnes, at, plan, consume);
            if (in != INF && in <= n.horizon) {
                plan.addLeg(UnitPlan.TRANSFER, y, at, in);
                plan.arrival = in;
                plan.outcome = UnitPlan.PLANNED;
                return true;
            }
        }
        if (consume) {
            residuals.release(plan.consumption, 0);
        }
        plan.clearLegs();
        return false;
    }
}
