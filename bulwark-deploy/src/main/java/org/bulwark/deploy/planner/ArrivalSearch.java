package org.bulwark.deploy.planner;

import org.bulwark.deploy.network.IndexedHeap;

import org.bulwark.deploy.network.PlanningNetwork;

import java.util.Arrays;

/**
 * Capacity-aware early-closure search for one unit: label setting (A* with the unit's least-transit
 * bound as potential, see {@link #unitPotential}) over states (node, arriving mode, train gauge),
 * each label the unit's stream of lift elements there and each transition passing the stream over
 * the model's fills against the current residuals ({@link #search} says where it is not exact;
 * Ziliaskopoulos–Mahmassani style time-dependent shortest path; CCRP of Lu, George and Shekhar for
 * the capacity-aware routing idea).
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
    private static final int ROAD = 0;
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
    /** Relaxations {@link #cannotImprove} settled without passing the stream. */
    long skipped;
    /** Whether relaxations that cannot give a label are skipped ({@link #cannotImprove}); off only to test that it changes nothing. */
    boolean prefilter = true;

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

    /** The A* potential of unit {@code u}: the shared one when the preparation made it. */
    private double[] potential(int u) {
        double[][] cached = potentials;
        return cached != null && cached[u] != null ? cached[u] : unitPotential(net, u, potential, reverse);
    }

    /**
     * The A* potential for unit {@code u}: the least transit from each node to the destination over
     * arcs that carry the unit's heaviest item. Its last element still has to cross every arc of the
     * rest of its route, so this bounds the time to the destination from any state at any hour from
     * below, and it is consistent. (A whole-unit fill delay per arc is no lower bound when elements
     * stream one behind another.) Returns the transit bound itself when every arc carries the item;
     * otherwise fills {@code dist} (a new array when null).
     *
     * <p>Dijkstra's algorithm with decrease-key on {@code q}, each node settled once. Every
     * distance is the least, over the node's out-arcs, of the settled distance at the arc's head
     * plus the arc's transit (rounding is monotone and transits are not negative), so the doubles
     * are the same whatever the heap and the order of ties.
     */
    static double[] unitPotential(PlanningNetwork n, int u, double[] dist, IndexedHeap q) {
        return potential(n, n.destination[u], n.heaviest[u], dist, q);
    }

    /**
     * {@link #unitPotential} for a heaviest item of {@code heaviest} tonnes bound for {@code target}.
     * It is a valid potential for every unit bound there whose heaviest item is at least as heavy:
     * that unit uses no more arcs, so its distances are no shorter.
     */
    static double[] potential(PlanningNetwork n, int target, double heaviest, double[] dist, IndexedHeap q) {
        if (heaviest <= n.leastArcWeightLimit) {
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
        int[] inTail = n.inTail;
        double[] inTransit = n.inTransit;
        double[] inWeight = n.inWeightLimit;
        while (!q.isEmpty()) {
            double key = q.peekKey();
            int v = q.pop();
            // arcs into v are the reverse twins of arcs out of v
            for (int i = outStart[v], end = outStart[v + 1]; i < end; i++) {
                if (inWeight[i] < heaviest) {
                    continue;
                }
                double cost = inTransit[i];
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

    // ---- streams: a unit moves as elements, one behind another (docs/deployment-model.md) ----

    /** Per labelled state, where its stream (element arrival times, in order) starts in the arena, and its length. */
    private int[] streamOff;
    private int[] streamLen;
    private double[] arena = new double[1 << 12];
    private int arenaTop;
    /** Per mode ordinal, the stream handled at the popped node for loading onto that mode (when handledValid). */
    private final double[][] handledStream = new double[4][];
    private final int[] handledLen = new int[4];
    private final boolean[] handledValid = new boolean[4];
    /** The stream handled and transshipped at the popped node's gauge break (computed when gaugeLen is not -2). */
    private double[] gaugeHandled;
    private double[] gaugeStream;
    private int gaugeLen;
    private double[] arcStream;
    private double[] walkA;
    private double[] walkB;

    private void ensureBuffers(int n) {
        if (arcStream == null || arcStream.length < n) {
            int m = Math.max(n, 8);
            for (int i = 0; i < 4; i++) {
                handledStream[i] = new double[m];
            }
            gaugeHandled = new double[m];
            gaugeStream = new double[m];
            arcStream = new double[m];
            walkA = new double[m];
            walkB = new double[m];
        }
        if (streamOff == null) {
            streamOff = new int[time.length];
            streamLen = new int[time.length];
        }
    }

    /**
     * Passes a stream — {@code inN} parcels of {@code inSize} tonnes (the last the remainder of
     * {@code total}) ready at {@code in[inOff ..]} — over resource {@code res} in elements of
     * {@code outSize}: element j starts when the parcels holding its tonnes have all arrived and
     * element j − 1 is through, and takes the model's fill. Writes each element's end plus
     * {@code delay} into {@code out}; returns the element count, or -1 when one does not fit by
     * {@code deadline}. With a {@code plan}, records the elements there (and consumes when
     * {@code consume}). Over a road arc ({@code road}) the delay is driving hours inside the daily
     * march window ({@link org.bulwark.model.MovementTimes#marchArrival}). At a handling resource
     * each element also takes the hours to unload it from mode {@code unload} and load it onto mode
     * {@code load} (-1: neither).
     */
    private int pass(Residuals residuals, boolean empty, int res, double total, double[] in, int inOff, int inN,
                     double inSize, double outSize, double delay, boolean road, int unload, int load, double[] out,
                     double deadline, UnitPlan plan, boolean consume) {
        return pass(residuals, empty, res, total, in, inOff, inN, inSize, outSize, delay, road, unload, load, out, deadline,
                plan, consume, null, false);
    }

    /**
     * {@link #pass}, with {@code parcels} (or null) the parcel that holds each element's last tonne
     * ({@link #parcels}); with {@code defer} (and no plan) only the last element's arrival is worked out,
     * the others' completions are left in {@code out} for {@link #arrivals} to turn into arrivals
     * once the caller keeps the stream (most streams a search tries arrive too late for their
     * state, and on a road arc each arrival is a walk through the march day).
     */
    private int pass(Residuals residuals, boolean empty, int res, double total, double[] in, int inOff, int inN,
                     double inSize, double outSize, double delay, boolean road, int unload, int load, double[] out,
                     double deadline, UnitPlan plan, boolean consume, int[] parcels, boolean defer) {
        // every element of a stream takes the handling of a full one (the last, smaller one too, so
        // the elements stay in order): the unload of the arriving element (a ship's whole discharge
        // before its trains leave) and the load of the leaving one; a unit smaller than one element
        // takes its share
        double handling = unload >= 0 || load >= 0 ? net.handlingHours(unload, load, inSize, outSize) : 0;
        // an element's own passage at the resource's rate is its tonnes times this (0 where unconstrained)
        double perTonne = residuals.hoursPerTonne(res);
        int n = PlanningNetwork.elements(total, outSize);
        double prev = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            double size = j == n - 1 ? total - j * outSize : outSize;
            double reach = j == n - 1 ? total : (j + 1) * outSize;
            int p = parcels != null ? parcels[j] : parcelOf(reach, total, inSize, inN);
            double start = Math.max(in[inOff + p], prev);
            double done;
            if (consume) {
                done = residuals.consume(res, size, start, plan.consumption);
            } else if (empty) {
                done = residuals.fillEmpty(res, size, start);
            } else {
                done = residuals.fill(res, size, start, deadline);
            }
            if (done == INF || done > deadline) {
                return -1;
            }
            if (defer) {
                out[j] = done;
                prev = done;
                continue;
            }
            double own = size * perTonne;
            // handling hours are the least an element spends at the node: its passage at the rate counts towards them
            double arrive = road ? net.times.marchArrival(done, delay)
                    : done + delay + Math.max(0, handling - own);
            if (plan != null) {
                // waiting is what the capacity left by others costs beyond the element's own passage at the rate
                plan.noteWait(res, start, done - own);
                plan.addElement(start, done, size, arrive);
            }
            out[j] = arrive;
            prev = done;
        }
        if (defer) {
            double own = (total - (n - 1) * outSize) * perTonne;
            out[n - 1] = road ? net.times.marchArrival(out[n - 1], delay) : out[n - 1] + delay + Math.max(0, handling - own);
        }
        return n;
    }

    /** Turns the first {@code count} completions a deferred {@link #pass} over an arc left in {@code out} into arrivals. */
    private void arrivals(double[] out, int count, double transit, boolean road) {
        if (road) {
            for (int j = 0; j < count; j++) {
                out[j] = net.times.marchArrival(out[j], transit);
            }
        } else {
            for (int j = 0; j < count; j++) {
                out[j] = out[j] + transit + 0.0; // as pass: completion + delay + handling (none on an arc)
            }
        }
    }

    /** Hours by which {@link #cannotImprove} lowers its bound, far above the rounding of the fills it bounds. */
    private static final double ROUNDING_MARGIN = 1e-6;

    /**
     * Whether passing the stream over arc {@code e} certainly gives a label {@link #search} would
     * reject: an element completing after {@code deadline}, or a last arrival not before
     * {@code known} or past the horizon. Exact in that sense — it only skips work, never a label:
     * the last element starts no earlier than the parcel holding its last tonne, the first no
     * earlier than the parcel holding its tonnes, elements pass one behind another, and no fill of
     * x tonnes completes sooner than x at the full rate after it starts ({@link Residuals#hoursPerTonne}),
     * so the last completion is at least the larger of the two bounds; arrival is monotone in it.
     */
    private boolean cannotImprove(Residuals residuals, int e, double total, double[] in, int inOff, int inN, double inSize,
                                  int inMode, int outMode, double transit, boolean road, double deadline, double known,
                                  double hz, double horizon) {
        int n = countOf[outMode];
        double outSize = elementOf[outMode];
        double perTonne = residuals.hoursPerTonne(e);
        double last = n == 1 ? total : total - (n - 1) * outSize;
        double lastFill = last > Residuals.EPS ? last * perTonne : 0;
        int[] parcels = parcels(inMode, outMode);
        double lb = in[inOff + (parcels != null ? parcels[n - 1] : parcelOf(total, total, inSize, inN))] + lastFill;
        if (n > 1 && outSize > Residuals.EPS) {
            double first = in[inOff + (parcels != null ? parcels[0] : parcelOf(outSize, total, inSize, inN))]
                    + (n - 1) * outSize * perTonne + lastFill;
            lb = Math.max(lb, first);
        }
        lb -= ROUNDING_MARGIN;
        if (lb > deadline) {
            return true;
        }
        double arrive = road ? net.times.marchArrival(lb, transit) : lb + transit;
        return arrive >= known || arrive + hz > horizon;
    }

    // ---- per search: the unit's elements per mode and which parcel each element waits for ----

    /** The searched unit's element size and element count per mode ordinal ({@link PlanningNetwork#element}). */
    private final double[] elementOf = new double[4];
    private final int[] countOf = new int[4];
    private double searchTonnes;
    /** Per (incoming mode, outgoing mode), the parcel holding each element's last tonne; built on first use in a search. */
    private final int[][] parcelTable = new int[16][];
    private final boolean[] parcelValid = new boolean[16];

    /** Sets the per-search caches for unit {@code u}: the same numbers {@link #pass} would work out each time. */
    private void beginUnit(int u) {
        searchTonnes = net.tonnes[u];
        for (int m = 0; m < 4; m++) {
            elementOf[m] = net.element(u, m);
            countOf[m] = PlanningNetwork.elements(searchTonnes, elementOf[m]);
        }
        Arrays.fill(parcelValid, false);
    }

    /**
     * For the searched unit's stream in elements of mode {@code inMode} (-1: the whole unit, a
     * single parcel, then null) cut into elements of {@code outMode}: the parcel holding each
     * element's last tonne, as {@link #parcelOf} finds it.
     */
    private int[] parcels(int inMode, int outMode) {
        if (inMode < 0) {
            return null;
        }
        int k = inMode * 4 + outMode;
        if (!parcelValid[k]) {
            double total = searchTonnes;
            double inSize = elementOf[inMode];
            double outSize = elementOf[outMode];
            int inN = countOf[inMode];
            int n = countOf[outMode];
            int[] t = parcelTable[k];
            if (t == null || t.length < n) {
                t = parcelTable[k] = new int[Math.max(n, net.maxElements + 2)];
            }
            for (int j = 0; j < n; j++) {
                t[j] = parcelOf(j == n - 1 ? total : (j + 1) * outSize, total, inSize, inN);
            }
            parcelValid[k] = true;
        }
        return parcelTable[k];
    }

    /** The parcel of an incoming stream ({@code inN} parcels of {@code inSize}) that holds tonne {@code reach}, as {@link #pass} finds it. */
    private static int parcelOf(double reach, double total, double inSize, int inN) {
        return inN == 1 ? 0 : Math.min(inN - 1, Math.max(0, (int) Math.ceil(reach / inSize - 1e-9) - 1));
    }

    /**
     * Earliest closure (the last element in place, after unloading) of unit {@code u} against
     * {@code residuals}, or +∞ when nothing fits in the horizon. With {@code empty} the residuals
     * are ignored and every resource has its full capacity (the unit alone). The route is kept until
     * the next search: read it with {@link #route()}.
     *
     * <p>Labels are whole streams, ordered and kept by the last element's time: a label with a later
     * last element but earlier first ones is dropped, so the search finds an early closure, not
     * always the earliest (the walk along the route it returns is exact).
     */
    double search(int u, Residuals residuals, boolean empty) {
        return search(u, residuals, empty, INF);
    }

    /**
     * {@link #search}, for a caller that only wants an arrival no later than {@code wanted}: it
     * gives up (+∞) once every arrival still to be found is later. Until then it takes the same
     * steps, so an arrival by {@code wanted} is the one {@link #search} finds, with its route; a
     * later one comes back as +∞ or as that arrival.
     *
     * <p>States settle in order of key (last element's time plus the potential, which is 0 at the
     * destination), and the potential is consistent, so a state labelled later has a key no lower
     * than the last popped but for rounding — far below {@link #ROUNDING_MARGIN} — and a closure
     * is no earlier than its state's key. Once a popped key exceeds {@code wanted} by the margin,
     * no closure by {@code wanted} is left.
     */
    double search(int u, Residuals residuals, boolean empty, double wanted) {
        PlanningNetwork n = net;
        double tonnes = n.tonnes[u];
        double heaviest = n.heaviest[u];
        int home = n.home[u];
        int dest = n.destination[u];
        double horizon = n.horizon;
        double[] h = potential(u);
        pathLength = 0;
        beginUnit(u);
        if (h[home] == INF) {
            return INF;
        }
        ensureBuffers(n.maxElements + 2);
        double available = n.available[u];
        if (available + h[home] > horizon) {
            return INF;
        }
        double[] time = this.time;
        int[] labelled = this.labelled;
        int count = labelledCount;
        for (int j = 0; j < count; j++) {
            time[labelled[j]] = INF;
        }
        heap.clear();
        arenaTop = 0;
        int startState = home * SUBSTATES + START;
        labelled[0] = startState;
        count = 1;
        time[startState] = available;
        streamOff[startState] = store(new double[] {available}, 1);
        streamLen[startState] = 1;
        parent[startState] = -1;
        heap.update(startState, available + h[home]);
        int[] outStart = n.outStart;
        int[] outArcs = n.outArcs;
        byte[] outMode = n.outMode;
        byte[] outGauge = n.outGauge;
        int[] outHead = n.outHead;
        double[] outTransit = n.outTransit;
        double[] outWeight = n.outWeightLimit;
        double[] limits = weightLimits;
        double giveUp = wanted == INF ? horizon : Math.min(horizon, wanted + ROUNDING_MARGIN);
        int found = -1;
        while (!heap.isEmpty()) {
            int state = heap.pop();
            double key = heap.poppedKey();
            int y = state / SUBSTATES;
            int sub = state - y * SUBSTATES;
            if (key > giveUp) {
                break;
            }
            pops++;
            if (y == dest && sub != START) {
                found = state;
                break;
            }
            int mode = MODE_OF[sub];
            int off = streamOff[state];
            int len = streamLen[state];
            double size = mode < 0 ? tonnes : elementOf[mode];
            handledValid[0] = handledValid[1] = handledValid[2] = handledValid[3] = false;
            gaugeLen = -2; // not computed
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
                double[] in = arena;
                int inOff = off;
                int inN = len;
                double inSize = size;
                int nextSub;
                boolean load = sub == START ? m2 != ROAD : mode != m2;
                if (load) {
                    if (!handledValid[m2]) {
                        // an arena copy: `in` is read from the arena, which a store may reallocate
                        handledLen[m2] = pass(residuals, empty, n.handlingRes(y), tonnes, arena, off, len, size,
                                elementOf[m2], 0, false, mode, m2, handledStream[m2], horizon - hz, null, false,
                                parcels(mode, m2), false);
                        handledValid[m2] = true;
                    }
                    if (handledLen[m2] < 0) {
                        continue;
                    }
                    in = handledStream[m2];
                    inOff = 0;
                    inN = handledLen[m2];
                    inSize = elementOf[m2];
                    nextSub = subFor(m2, g2);
                } else if (sub == START) {
                    nextSub = subFor(m2, g2);
                } else if (m2 == RAIL) {
                    if (g2 == PlanningNetwork.GAUGE_DUAL) {
                        nextSub = sub;
                    } else if (sub == RAIL_ANY || sub == railSub(g2)) {
                        nextSub = railSub(g2);
                    } else {
                        int gb = n.gaugeBreakRes[y];
                        if (gb < 0) {
                            continue;
                        }
                        if (gaugeLen == -2) {
                            double rail = elementOf[RAIL];
                            int handled = pass(residuals, empty, n.handlingRes(y), tonnes, arena, off, len, size, rail, 0,
                                    false, -1, -1, gaugeHandled, horizon - hz, null, false, parcels(mode, RAIL), false);
                            gaugeLen = handled < 0 ? -1 : pass(residuals, empty, gb, tonnes, gaugeHandled, 0, handled,
                                    rail, rail, n.gaugeBreakHours[y], false, -1, -1, gaugeStream, horizon - hz, null, false,
                                    parcels(RAIL, RAIL), false);
                        }
                        if (gaugeLen < 0) {
                            continue;
                        }
                        in = gaugeStream;
                        inOff = 0;
                        inN = gaugeLen;
                        inSize = elementOf[RAIL];
                        nextSub = railSub(g2);
                    }
                } else {
                    nextSub = sub;
                }
                if (in[inOff + inN - 1] + hz > horizon) {
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
                double outSize = elementOf[m2];
                boolean road = m2 == ROAD;
                int inMode = load ? m2 : mode; // the stream's parcels: handled onto m2, or as they came (-1: the whole unit)
                if (prefilter && cannotImprove(residuals, e, tonnes, in, inOff, inN, inSize, inMode, m2, transit, road,
                        deadline, known, hz, horizon)) {
                    skipped++;
                    continue;
                }
                int got = pass(residuals, empty, e, tonnes, in, inOff, inN, inSize, outSize, transit, road,
                        -1, -1, arcStream, deadline, null, false, parcels(inMode, m2), true);
                if (got < 0) {
                    continue;
                }
                double arrive = arcStream[got - 1];
                if (arrive + hz > horizon) {
                    continue;
                }
                if (arrive < known) {
                    arrivals(arcStream, got - 1, transit, road);
                    if (known == INF) {
                        labelled[count++] = next;
                    }
                    time[next] = arrive;
                    streamOff[next] = store(arcStream, got);
                    streamLen[next] = got;
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
        int lastMode = MODE_OF[found % SUBSTATES];
        int off = streamOff[found];
        int len = streamLen[found];
        double in;
        if (lastMode == ROAD) {
            in = arena[off + len - 1];
        } else {
            double el = elementOf[lastMode];
            int got = pass(residuals, empty, n.handlingRes(dest), tonnes, arena, off, len, el, el, 0, false, lastMode, -1,
                    arcStream, horizon, null, false, parcels(lastMode, lastMode), false);
            if (got < 0) {
                return INF;
            }
            in = arcStream[got - 1];
        }
        if (in > horizon) {
            return INF;
        }
        // the route, home first
        int routeLen = 0;
        for (int s = found; parent[s] >= 0; s = parent[s]) {
            routeLen++;
        }
        if (path.length < routeLen) {
            path = new int[Math.max(routeLen, path.length * 2)];
        }
        int i = routeLen;
        for (int s = found; parent[s] >= 0; s = parent[s]) {
            path[--i] = parentArc[s];
        }
        pathLength = routeLen;
        return in;
    }

    /** Copies {@code n} times into the arena; returns their offset. */
    private int store(double[] times, int n) {
        if (arenaTop + n > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaTop + n));
        }
        System.arraycopy(times, 0, arena, arenaTop, n);
        int at = arenaTop;
        arenaTop += n;
        return at;
    }

    private int pathLength;

    private final UnitPlan scratch = new UnitPlan();

    /**
     * When unit {@code u} would close along {@code route} against {@code residuals}, taking
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

    /** The walk's stream: element arrival times in {@link #walkA} (walkLen of them, of walkSize tonnes); walkB is scratch. */
    private int walkLen;
    private double walkSize;

    /**
     * One leg of the walk: passes the walk's stream over {@code res} in elements of {@code size},
     * recording them in {@code plan} as a leg of {@code kind} at {@code where}; the result becomes the
     * walk's stream. Returns false when an element does not fit in the horizon.
     */
    private boolean walkLeg(Residuals residuals, UnitPlan plan, boolean consume, int u, byte kind, int where, int res,
                            double size, double delay, boolean road, int unload, int load) {
        plan.beginLeg(kind, where);
        int len = pass(residuals, false, res, net.tonnes[u], walkA, 0, walkLen, walkSize, size, delay, road, unload, load,
                walkB, net.horizon, plan, consume);
        if (len < 0) {
            return false;
        }
        plan.endLeg();
        double[] t = walkA;
        walkA = walkB;
        walkB = t;
        walkLen = len;
        walkSize = size;
        return true;
    }

    /**
     * {@link #commit}, or with {@code consume} false the same walk reading fills only (the plan gets
     * the legs). Loading happens at home unless the unit leaves by road, where the mode changes, and
     * at a gauge change (then the transshipment); unloading at the destination unless it arrives by road.
     */
    private boolean walk(int u, int[] route, Residuals residuals, UnitPlan plan, boolean consume) {
        PlanningNetwork n = net;
        ensureBuffers(n.maxElements + 2);
        plan.clearLegs();
        plan.reserveLegs(2 * route.length + 4);
        if (consume) {
            plan.consumption.reserve(4 * route.length + 4);
        }
        int y = n.home[u];
        walkA[0] = n.available[u];
        walkLen = 1;
        walkSize = n.tonnes[u];
        int sub = START;
        boolean ok = true;
        for (int e : route) {
            int m2 = n.arcMode[e];
            byte g2 = n.arcGauge[e];
            int nextSub;
            boolean load = sub == START ? m2 != ROAD : MODE_OF[sub] != m2;
            if (load) {
                ok = walkLeg(residuals, plan, consume, u, UnitPlan.TRANSFER, y, n.handlingRes(y), n.element(u, m2), 0,
                        false, MODE_OF[sub], m2);
                nextSub = subFor(m2, g2);
            } else if (sub != START && m2 == RAIL && g2 != PlanningNetwork.GAUGE_DUAL && sub != RAIL_ANY
                    && sub != railSub(g2)) {
                double rail = n.element(u, RAIL);
                ok = walkLeg(residuals, plan, consume, u, UnitPlan.TRANSFER, y, n.handlingRes(y), rail, 0, false, -1, -1)
                        && walkLeg(residuals, plan, consume, u, UnitPlan.TRANSSHIP, y, n.gaugeBreakRes[y], rail,
                                n.gaugeBreakHours[y], false, -1, -1);
                nextSub = railSub(g2);
            } else {
                nextSub = m2 == RAIL && g2 != PlanningNetwork.GAUGE_DUAL ? railSub(g2) : (sub == START ? subFor(m2, g2) : sub);
            }
            ok = ok && walkLeg(residuals, plan, consume, u, UnitPlan.MOVE, e, e, n.element(u, m2), n.arcTransit[e],
                    m2 == ROAD, -1, -1);
            if (!ok) {
                break;
            }
            plan.km += n.arcKm[e];
            y = n.arcHead[e];
            sub = nextSub;
        }
        if (ok) {
            int lastMode = MODE_OF[sub];
            if (lastMode >= 0 && lastMode != ROAD) {
                ok = walkLeg(residuals, plan, consume, u, UnitPlan.TRANSFER, y, n.handlingRes(y), walkSize, 0, false,
                        lastMode, -1);
            }
            if (ok && walkA[walkLen - 1] <= n.horizon) {
                plan.arrival = walkA[walkLen - 1];
                plan.firstArrival = walkA[0];
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
