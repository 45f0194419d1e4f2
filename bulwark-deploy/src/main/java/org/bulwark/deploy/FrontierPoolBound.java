package org.bulwark.deploy;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.bulwark.model.Mode;
import org.bulwark.model.Scenario;

/**
 * A lower bound on weighted lateness from the units' crossings of the frontier, pooled by mode
 * ({@code frontier-pools}; docs/deployment-model.md, "Lower bound and gap").
 *
 * <h2>The relaxed problem</h2>
 * Take the arcs of a minimum cut between every unit's home and its destination (as
 * {@link CutAssignmentBound#minimumCut}) and group them by mode into <em>pools</em>; the road and rail
 * arcs are the <em>land</em> arcs {@code Λ}. Every route crosses the cut. Map each unit of a plan to
 * one pool: to the pool of a land arc its route crosses, if it crosses any; otherwise to the pool
 * of a (sea or air) cut arc it crosses. For the unit and that pool:
 * <ul>
 *   <li>its fill on the arc takes its {@code T_u} tonnes in periods no earlier than its <em>head</em>
 *       {@code h = loaded + transit(home → tail(a))} (home fill with full capacity, uncongested
 *       transit), the least over the pool's arcs it may take;</li>
 *   <li>a tonne crossing in period {@code k} means the unit arrives no earlier than
 *       {@code max(h, kΔ) + t}, {@code t} the least of {@code τ(a) + transit(head(a) → destination)}
 *       over the pool;</li>
 *   <li>it arrives no earlier than its <em>floor</em>: its critical path {@code C⁰}, its whole-unit
 *       crossing of the best arc of the pool alone ({@code max(h_a, (⌊h_a/Δ⌋ + ⌈T/min(T, c_a)⌉ − 1)Δ)
 *       + t_a}), and, for a pool of sea or air, its earliest arrival alone on the network without the
 *       land arcs (it avoids all of them).</li>
 * </ul>
 * Each tonne then costs at least the unit's weighted lateness at that arrival divided by
 * {@code T_u}: the tonnes average to at most the unit's lateness, its last being the latest. Per
 * pool and bucket of periods (a day at the default step) the tonnes of all units together are at
 * most the pool's capacity, and one unit's at most the capacity of the pool's largest arc it may
 * take (its fill is on one arc). Dropping everything else only loosens the problem, so the cheapest such
 * transportation (OR-Tools {@link MinCostFlow}: tonnes rounded down, capacities up, costs per tonne
 * down; a tonne is priced at its bucket's start; a tonne may also go nowhere at the cost of
 * arriving at the horizon end) is at most the weighted lateness of every plan.
 *
 * <h2>What it sees</h2>
 * Whole units enter only through the floors, so a unit may still split its tonnes between land and
 * sea: the bound is strong where the frontier as a whole is short of capacity for long (the large
 * preset: most of the lateness is a queue at the land crossings that sea and air, whole unit by
 * whole unit, cannot drain), and weak where a little sea capacity for part of many units would be
 * enough (the medium preset), see docs/BENCHMARKS.md.
 */
public final class FrontierPoolBound {
    public static final String METHOD = "frontier-pools";
    /** Transportation arcs above which the bound is not computed (memory of the native solver). */
    static final long MAX_ARCS = 20_000_000L;

    /**
     * The outcome of a run.
     *
     * @param weightedLateHours the bound (0 when it could not be computed)
     * @param pools             pools of the cut (one per mode present)
     * @param arcs              transportation arcs solved
     * @param status            {@code optimal}, or why there is no bound ({@code no cut}, {@code too large}, …)
     */
    public record Result(double weightedLateHours, int pools, long arcs, String status) {
        public Result {
            Objects.requireNonNull(status, "status");
        }

        /** The bound on weighted lateness (closure is not bounded by this method: 0). */
        public Bound bound() {
            return new Bound(weightedLateHours, 0, METHOD);
        }
    }

    private FrontierPoolBound() {
    }

    /** The bound for {@code scenario} planned with {@code options}. Needs OR-Tools' natives ({@link OrTools#load()}). */
    public static Result compute(Scenario scenario, PlannerOptions options) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(options, "options");
        OrTools.load();
        PlanningNetwork net = new PlanningNetwork(scenario, options);
        return compute(net, new Preparation(net, options.threads()), options.threads());
    }

    static Result compute(PlanningNetwork net, Preparation prep, int threads) {
        double fixed = 0;
        List<Integer> group = new ArrayList<>();
        for (int u : prep.order) {
            double c0 = prep.criticalArrival[u];
            if (c0 == Double.POSITIVE_INFINITY || c0 >= net.horizon) {
                fixed += CutAssignmentBound.cost(net, u, net.horizon); // the horizon end at best in every plan
            } else {
                group.add(u);
            }
        }
        if (group.isEmpty()) {
            return new Result(fixed, 0, 0, "optimal");
        }
        int[] cut = CutAssignmentBound.minimumCut(net, group);
        if (cut.length == 0) {
            return new Result(fixed, 0, 0, "no cut: only unconstrained links separate homes and destinations");
        }
        int[][] pools = pools(net, cut);
        boolean[] land = new boolean[pools.length];
        double[] landClosed = net.arcWeightLimit.clone();
        for (int p = 0; p < pools.length; p++) {
            Mode mode = net.mode(pools[p][0]);
            land[p] = mode == Mode.ROAD || mode == Mode.RAIL;
            if (land[p]) {
                for (int a : pools[p]) {
                    landClosed[a] = Double.NEGATIVE_INFINITY;
                }
            }
        }
        int perBucket = Math.max(1, (int) Math.round(24.0 / net.step));
        double bucketHours = perBucket * net.step;
        int buckets = (int) Math.ceil(net.periods / (double) perBucket);
        double[][] toTail = new double[net.nodeCount][];
        boolean anySlow = false;
        for (boolean isLand : land) {
            anySlow |= !isLand;
        }
        double[] arrivalAvoidingLand = anySlow ? arrivalsAlone(net, prep, group, landClosed, threads) : null;

        int n = group.size();
        int overflow = n + pools.length * buckets;
        int sink = overflow + 1;
        MinCostFlow flow = new MinCostFlow();
        try {
            long supply = 0;
            long arcs = 0;
            for (int i = 0; i < n; i++) {
                int u = group.get(i);
                long tonnes = (long) Math.floor(net.tonnes[u]);
                if (tonnes == 0) {
                    continue;
                }
                supply += tonnes;
                flow.setNodeSupply(i, tonnes);
                long never = CutAssignmentBound.perTonne(net, u, Double.POSITIVE_INFINITY);
                flow.addArcWithCapacityAndUnitCost(i, overflow, tonnes, never);
                double loaded = net.fillAlone(net.handlingRes(net.home[u]), net.tonnes[u], net.available[u]);
                double[] toDestination = net.transitLowerBound(net.destination[u]);
                for (int p = 0; p < pools.length; p++) {
                    double head = Double.POSITIVE_INFINITY;
                    double tail = Double.POSITIVE_INFINITY;
                    double floor = Double.POSITIVE_INFINITY;
                    double rate = 0;
                    for (int a : pools[p]) {
                        if (net.arcWeightLimit[a] < net.heaviest[u]) {
                            continue;
                        }
                        int v = net.arcTail[a];
                        if (toTail[v] == null) {
                            toTail[v] = net.reverseTransit(v);
                        }
                        double h = loaded + toTail[v][net.home[u]];
                        double t = net.arcTransit[a] + toDestination[net.arcHead[a]];
                        if (Double.isInfinite(h) || Double.isInfinite(t)) {
                            continue;
                        }
                        head = Math.min(head, h);
                        tail = Math.min(tail, t);
                        floor = Math.min(floor, net.fillAlone(a, net.tonnes[u], h) + t);
                        rate = Math.max(rate, net.capacityPerPeriod[a]);
                    }
                    if (head == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    floor = Math.max(floor, prep.criticalArrival[u]);
                    if (!land[p]) {
                        floor = Math.max(floor, arrivalAvoidingLand[i]);
                    }
                    if (floor == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    int base = n + p * buckets;
                    long perUnitBucket = Math.min(tonnes, (long) Math.ceil(rate * perBucket));
                    for (int q = (int) Math.floor(head / bucketHours); q < buckets; q++) {
                        double arrival = Math.max(floor, Math.max(head, q * bucketHours) + tail);
                        long cost = CutAssignmentBound.perTonne(net, u, arrival);
                        if (cost >= never) {
                            break; // this bucket and every later one cost no less than going nowhere
                        }
                        flow.addArcWithCapacityAndUnitCost(i, base + q, perUnitBucket, cost);
                        if (++arcs > MAX_ARCS) {
                            return new Result(fixed, pools.length, arcs, "too large: over " + MAX_ARCS + " arcs");
                        }
                    }
                }
            }
            if (supply == 0) {
                return new Result(fixed, pools.length, arcs, "optimal");
            }
            for (int p = 0; p < pools.length; p++) {
                double perPeriod = 0;
                for (int a : pools[p]) {
                    perPeriod += net.capacityPerPeriod[a];
                }
                long capacity = (long) Math.ceil(perPeriod * perBucket);
                for (int q = 0; q < buckets; q++) {
                    flow.addArcWithCapacityAndUnitCost(n + p * buckets + q, sink, capacity, 0);
                }
            }
            flow.addArcWithCapacityAndUnitCost(overflow, sink, supply, 0);
            flow.setNodeSupply(sink, -supply);
            MinCostFlowBase.Status status = flow.solve();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                return new Result(fixed, pools.length, arcs, "solver status " + status);
            }
            return new Result(fixed + flow.getOptimalCost() / CutAssignmentBound.COST_SCALE, pools.length, arcs, "optimal");
        } finally {
            flow.delete();
        }
    }

    /**
     * Each unit's earliest arrival alone on the network with the arcs whose limit is -∞ in
     * {@code limits} left out (+∞ when there is none); the searches are independent, so they are
     * split over threads by index, which changes nothing in the results.
     */
    private static double[] arrivalsAlone(PlanningNetwork net, Preparation prep, List<Integer> group, double[] limits,
                                         int threads) {
        int n = group.size();
        double[] arrival = new double[n];
        int workers = Math.max(1, Math.min(threads, n / 8));
        Runnable[] tasks = new Runnable[workers];
        for (int w = 0; w < workers; w++) {
            int first = w;
            tasks[w] = () -> {
                ArrivalSearch search = new ArrivalSearch(net);
                search.potentials = prep.potential;
                search.weightLimits = limits;
                Residuals empty = new Residuals(net);
                for (int i = first; i < n; i += workers) {
                    arrival[i] = search.search(group.get(i), empty, true);
                }
            };
        }
        Thread[] running = new Thread[workers - 1];
        for (int w = 1; w < workers; w++) {
            running[w - 1] = new Thread(tasks[w], "bulwark-frontier-" + w);
            running[w - 1].start();
        }
        tasks[0].run();
        try {
            for (Thread t : running) {
                t.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("frontier searches interrupted", e);
        }
        return arrival;
    }

    /** The cut's arcs grouped by mode, in mode order; only modes present. */
    private static int[][] pools(PlanningNetwork net, int[] cut) {
        List<int[]> pools = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            int[] arcs = Arrays.stream(cut).filter(a -> net.mode(a) == mode).toArray();
            if (arcs.length > 0) {
                pools.add(arcs);
            }
        }
        return pools.toArray(new int[0][]);
    }
}
