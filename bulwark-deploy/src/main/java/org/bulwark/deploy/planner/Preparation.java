package org.bulwark.deploy.planner;

import org.bulwark.deploy.network.IndexedHeap;

import org.bulwark.deploy.Bound;
import org.bulwark.deploy.bound.StreamBound;
import org.bulwark.deploy.network.PlanningNetwork;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntConsumer;

/**
 * What the planner works out once per scenario: each unit's critical path (its earliest arrival
 * alone on the empty network), the structural verdicts, the construction order and the
 * critical-path lower bound. Immutable after construction.
 *
 * <p>The critical paths are worked out by the threads together, earliest due first. The
 * construction order is latest start first (the required hour less the time the unit needs alone),
 * which needs every critical path, so the order is handed to the caller's consumer, on the calling
 * thread, once they are all known.
 */
final class Preparation {
    final byte[] fixedOutcome;
    final Reachability.Verdict[] verdicts;
    /** Earliest arrival alone on the network, +∞ when even then nothing fits in the horizon; NaN when fixed. */
    final double[] criticalArrival;
    /** Each unit's closure lower bound ({@link StreamBound}); NaN when fixed. */
    final double[] closureBound;
    final int[][] criticalRoute;
    /**
     * Each movable unit's A* potential on the fully constrained network, shared by the units bound
     * for the same destination whose heaviest items use the same arcs: the potential of the
     * least heavy item among them ({@link ArrivalSearch#potential}), a lower bound for the others. Read-only.
     */
    final double[][] potential;
    /** Movable units in construction order. */
    final int[] order;
    final Bound bound;

    Preparation(PlanningNetwork net, int threads) {
        this(net, threads, new double[net.unitCount][], u -> { });
    }

    /**
     * The preparation, with the potentials written into {@code potentials} (one entry per unit);
     * {@code inOrder} is called on this thread with each unit of {@link #order}, in order, as soon
     * as that unit's place is known (its potential and critical path are then set, and so are
     * those of every unit before it).
     */
    Preparation(PlanningNetwork net, int threads, double[][] potentials, IntConsumer inOrder) {
        int n = net.unitCount;
        if (potentials.length != n) {
            throw new IllegalArgumentException("one potential per unit: " + n + " units, " + potentials.length + " entries");
        }
        fixedOutcome = new byte[n];
        verdicts = new Reachability.Verdict[n];
        criticalArrival = new double[n];
        closureBound = new double[n];
        Arrays.fill(closureBound, Double.NaN);
        criticalRoute = new int[n][];
        potential = potentials;
        Arrays.fill(criticalArrival, Double.NaN);

        // every unit, by required hour and priority (the order's leading keys), in groups of equal keys
        Integer[] boxed = new Integer[n];
        for (int u = 0; u < n; u++) {
            boxed[u] = u;
        }
        Comparator<Integer> due = (a, b) -> {
            int c = Double.compare(net.required[a], net.required[b]);
            return c != 0 ? c : Integer.compare(net.priority[a], net.priority[b]);
        };
        Arrays.sort(boxed, due.thenComparing(Integer::intValue));
        int[] byDue = new int[n];
        int[] groupStart = new int[n + 1];
        int groups = 0;
        for (int i = 0; i < n; i++) {
            byDue[i] = boxed[i];
            if (i == 0 || due.compare(boxed[i - 1], boxed[i]) != 0) {
                groupStart[groups++] = i;
            }
        }
        groupStart[groups] = n;

        double[] alone = new double[n];
        PotentialGroups potentialGroups = new PotentialGroups(net);
        CriticalPaths paths = new CriticalPaths(net, byDue, groupStart, groups, alone, potentialGroups);
        Thread[] helpers = paths.start(Math.max(1, Math.min(threads, n / 8)) - 1);
        Reachability reachability = new Reachability(net);
        int[] ordered = new int[n];
        int movable = 0;
        try {
            for (int g = 0; g < groups; g++) {
                paths.awaitGroup(g);
                for (int i = groupStart[g]; i < groupStart[g + 1]; i++) {
                    int u = byDue[i];
                    if (classify(net, reachability, u, alone[u])) {
                        ordered[movable++] = u;
                    }
                }
            }
            // Latest start first: the required hour less the time the unit needs alone on the network
            // (its critical arrival less its available hour), then priority, then the heavier. At a
            // saturated resource the unit with the long onward journey then crosses before the one with
            // the short one, though that one is due earlier. Measured on planted-optimum instances
            // (bench planted, 20 each, 50 rounds): due-date order reached the planted optimum on 13/20
            // small and 0/20 medium, latest start on 20/20 and 20/20; see docs/BENCHMARKS.md.
            Integer[] all = new Integer[movable];
            for (int i = 0; i < movable; i++) {
                all[i] = ordered[i];
            }
            Arrays.sort(all, (a, b) -> {
                int c = Double.compare(latestStart(net, a), latestStart(net, b));
                if (c != 0) {
                    return c;
                }
                c = Integer.compare(net.priority[a], net.priority[b]);
                if (c != 0) {
                    return c;
                }
                c = Double.compare(net.tonnes[b], net.tonnes[a]);
                if (c != 0) {
                    return c;
                }
                c = net.units[a].id().value().compareTo(net.units[b].id().value());
                return c != 0 ? c : Integer.compare(a, b);
            });
            for (int i = 0; i < movable; i++) {
                ordered[i] = all[i];
                inOrder.accept(ordered[i]);
            }
        } finally {
            paths.stop();
            join(helpers);
        }
        order = Arrays.copyOf(ordered, movable);

        // the bound sums in unit order, whatever order the groups were done in
        double lateBound = 0;
        double closureBound = 0;
        for (int u = 0; u < n; u++) {
            if (fixedOutcome[u] == UnitPlan.AT_HOME) {
                closureBound = Math.max(closureBound, net.available[u]);
            } else if (fixedOutcome[u] == UnitPlan.PLANNED) {
                double c = this.closureBound[u];
                // a unit that cannot arrive within the horizon in any plan is in no plan's closure
                if (c <= net.horizon) {
                    closureBound = Math.max(closureBound, c);
                }
                lateBound += Math.max(0, Math.min(c, net.horizon) - net.required[u]) / net.priority[u];
            }
        }
        bound = new Bound(lateBound, closureBound, "transit-and-rate");
    }

    /**
     * The units grouped by destination and by the arcs their heaviest item may use (the least arc
     * weight limit it stays within), each group with its least heaviest item and least tonnage and
     * one potential, worked out by the first thread that needs it (any thread gets the same). At
     * the large preset this is 1,294 groups for 3,000 reinforcements, and the searches pop as many
     * states as with one potential per unit (docs/BENCHMARKS.md).
     */
    private static final class PotentialGroups {
        private final PlanningNetwork net;
        /** Per unit, its group, or -1 when it has none (no home or destination). */
        private final int[] of;
        private final int[] target;
        private final double[] heaviest;
        private final AtomicReferenceArray<double[]> potential;

        PotentialGroups(PlanningNetwork net) {
            this.net = net;
            double[] limits = Arrays.stream(net.arcWeightLimit).distinct().sorted().toArray();
            int classes = limits.length + 1;
            Map<Long, Integer> index = new HashMap<>();
            of = new int[net.unitCount];
            int[] targets = new int[net.unitCount];
            double[] heaviests = new double[net.unitCount];
            int groups = 0;
            for (int u = 0; u < net.unitCount; u++) {
                int dest = net.destination[u];
                if (net.home[u] < 0 || dest < 0) {
                    of[u] = -1;
                    continue;
                }
                int c = Arrays.binarySearch(limits, net.heaviest[u]);
                long key = (long) dest * classes + (c >= 0 ? c : -c - 1);
                Integer g = index.get(key);
                if (g == null) {
                    g = groups++;
                    index.put(key, g);
                    targets[g] = dest;
                    heaviests[g] = net.heaviest[u];
                } else {
                    heaviests[g] = Math.min(heaviests[g], net.heaviest[u]);
                }
                of[u] = g;
            }
            target = Arrays.copyOf(targets, groups);
            heaviest = Arrays.copyOf(heaviests, groups);
            potential = new AtomicReferenceArray<>(groups);
        }

        double[] of(int u, IndexedHeap q) {
            int g = of[u];
            double[] p = potential.get(g);
            if (p == null) {
                potential.compareAndSet(g, null, ArrivalSearch.potential(net, target[g], heaviest[g], null, q));
                p = potential.get(g);
            }
            return p;
        }
    }

    /** Sets unit {@code u}'s fixed outcome from its lone arrival; returns whether it is to be planned. */
    private boolean classify(PlanningNetwork net, Reachability reachability, int u, double c) {
        int home = net.home[u];
        if (home >= 0 && home == net.destination[u]) {
            fixedOutcome[u] = UnitPlan.AT_HOME;
            return false;
        }
        if (c == Double.POSITIVE_INFINITY) {
            Reachability.Verdict verdict = reachability.classify(u);
            if (verdict != null) {
                fixedOutcome[u] = UnitPlan.STRUCTURAL;
                verdicts[u] = verdict;
                return false;
            }
            criticalRoute[u] = new int[0];
        }
        criticalArrival[u] = c;
        fixedOutcome[u] = UnitPlan.PLANNED;
        return true;
    }

    /**
     * Each unit's potential and search alone on the empty network (its route into
     * {@code criticalRoute}), claimed one unit at a time in due order by the helper threads and by
     * the preparing thread while it waits for a group. The searches are independent, so who does
     * which changes nothing in the results.
     */
    private final class CriticalPaths {
        private final PlanningNetwork net;
        private final int[] byDue;
        private final double[] alone;
        private final PotentialGroups potentialGroups;
        private final Residuals empty;
        /** Position (in {@code byDue}) of the next unit to claim. */
        private final AtomicInteger next = new AtomicInteger();
        /** Per group, its units not yet done. */
        private final CountDownLatch[] open;
        private final int[] groupOf;
        private volatile Throwable failure;
        private ArrivalSearch search;
        private IndexedHeap queue;
        private StreamBound bounds;

        CriticalPaths(PlanningNetwork net, int[] byDue, int[] groupStart, int groups, double[] alone,
                PotentialGroups potentialGroups) {
            this.net = net;
            this.potentialGroups = potentialGroups;
            this.byDue = byDue;
            this.alone = alone;
            this.empty = new Residuals(net);
            open = new CountDownLatch[groups];
            groupOf = new int[byDue.length];
            for (int g = 0; g < groups; g++) {
                open[g] = new CountDownLatch(groupStart[g + 1] - groupStart[g]);
                Arrays.fill(groupOf, groupStart[g], groupStart[g + 1], g);
            }
        }

        Thread[] start(int count) {
            Thread[] helpers = new Thread[count];
            for (int w = 0; w < count; w++) {
                helpers[w] = new Thread(this::help, "bulwark-critical-path-" + (w + 1));
                helpers[w].start();
            }
            return helpers;
        }

        private void help() {
            ArrivalSearch own = new ArrivalSearch(net);
            own.potentials = potential;
            IndexedHeap ownQueue = new IndexedHeap(net.nodeCount);
            StreamBound ownBounds = new StreamBound(net);
            try {
                for (int i = next.getAndIncrement(); i < byDue.length; i = next.getAndIncrement()) {
                    solve(i, own, ownQueue, ownBounds);
                }
            } catch (RuntimeException | Error e) {
                failure = e;
                next.set(byDue.length);
                for (CountDownLatch latch : open) {
                    while (latch.getCount() > 0) {
                        latch.countDown();
                    }
                }
            }
        }

        /** Returns once every unit of group {@code g} is done, doing units (in due order) meanwhile. */
        void awaitGroup(int g) {
            CountDownLatch latch = open[g];
            while (latch.getCount() > 0) {
                int i = next.getAndIncrement();
                if (i >= byDue.length) {
                    break;
                }
                if (search == null) {
                    search = new ArrivalSearch(net);
                    search.potentials = potential;
                    queue = new IndexedHeap(net.nodeCount);
                    bounds = new StreamBound(net);
                }
                solve(i, search, queue, bounds);
            }
            try {
                latch.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("critical-path searches interrupted", e);
            }
            if (failure != null) {
                throw new IllegalStateException("a critical-path search failed", failure);
            }
        }

        /** Stops handing out units (after a failure of the caller's consumer; a no-op when all are done). */
        void stop() {
            next.set(byDue.length);
        }

        private void solve(int i, ArrivalSearch s, IndexedHeap q, StreamBound b) {
            int u = byDue[i];
            int home = net.home[u];
            int dest = net.destination[u];
            if (home < 0 || dest < 0 || home == dest) {
                alone[u] = Double.POSITIVE_INFINITY;
            } else {
                potential[u] = potentialGroups.of(u, q);
                alone[u] = s.search(u, empty, true);
                closureBound[u] = b.closure(u, potential[u], alone[u]); // at most the unit's closure alone
                if (alone[u] != Double.POSITIVE_INFINITY) {
                    criticalRoute[u] = s.route();
                }
            }
            open[groupOf[i]].countDown();
        }
    }

    private static void join(Thread[] helpers) {
        try {
            for (Thread t : helpers) {
                t.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("critical-path searches interrupted", e);
        }
    }

    /** The latest hour the unit can start and still close on time alone: required − (critical arrival − available). */
    private double latestStart(PlanningNetwork net, int u) {
        return net.required[u] - (Math.min(criticalArrival[u], net.horizon) - net.available[u]);
    }
}
