package org.bulwark.deploy;

import com.google.ortools.graph.LinearSumAssignment;
import com.google.ortools.graph.MaxFlow;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A capacity-aware lower bound on weighted lateness from minimum cuts and an assignment
 * (docs/deployment-model.md, "Lower bound and gap").
 *
 * <p>For a group of units, a minimum cut of the allied network (link capacities per day,
 * OR-Tools {@link MaxFlow}) separates all their homes from all their destinations, so every
 * route crosses one of its arcs, each with the unit's whole tonnage. Order the units by when
 * their fill on a cut arc completes: the k-th has needed the cut to carry at least the k
 * smallest tonnages, {@code S_k}, so it completes no earlier than the start of period
 * {@code ⌈S_k / cut capacity per period⌉ − 1}, called {@code s_k}. It then still needs the
 * cut arc's transit and the uncongested transit to its destination, {@code tail}. A unit put in
 * slot k therefore arrives no earlier than {@code max(s_k + tail, its critical-path arrival)};
 * the cheapest assignment of units to slots (OR-Tools {@link LinearSumAssignment}, costs
 * rounded down) bounds the group's weighted lateness in every feasible plan. Groups that share
 * no unit add up: the bound is the better of one group of all units and one group per
 * destination. The idea is the cut bound of the deployment research (§1.4) made exact for
 * lateness by the assignment; it ignores node handling and gauge breaks, which can only make
 * it weaker, never invalid.
 */
final class CutAssignmentBound {
    /** Above this many units in one group the n² assignment is skipped (the per-destination groups still count). */
    static final int MAX_GROUP = 2500;
    private static final long INFINITE = Long.MAX_VALUE / 4;
    static final double COST_SCALE = 1000;
    /** Unit × day pairs above which the transportation relaxation is skipped. */
    static final long MAX_TRANSPORT_ARCS = 4_000_000;

    private CutAssignmentBound() {
    }

    /**
     * The bound on weighted lateness, never below the critical-path bound it starts from: the best
     * of the cut assignments and, while a gap to {@code planned} (the plan's weighted lateness) is
     * left, the Lagrangian cut bound ({@link LagrangianCutBound}) with {@code iterations} steps.
     */
    static Bound compute(PlanningNetwork net, Preparation prep, int iterations, double planned) {
        List<Integer> movable = new ArrayList<>();
        for (int u = 0; u < net.unitCount; u++) {
            if (prep.fixedOutcome[u] == UnitPlan.PLANNED) {
                movable.add(u);
            }
        }
        if (movable.isEmpty() || !OrTools.available()) {
            return prep.bound;
        }
        OrTools.load();
        // Three partitions of the units; within each, groups share no unit, so their bounds add up.
        double allTogether = movable.size() <= MAX_GROUP ? cutBound(net, prep, movable) : criticalPath(net, prep, movable);
        double byDestination = 0;
        for (List<Integer> group : groups(movable, u -> net.destination[u]).values()) {
            double handling = handlingBound(net, prep, group, net.arcCount + net.destination[group.get(0)], false);
            double floor = Math.max(criticalPath(net, prep, group), handling);
            // a cut bound proven not to exceed the floor would not change the sum: skip its max-flow and solves
            double cut = group.size() <= MAX_GROUP && !CutBoundScreen.cannotExceed(net, prep, group, floor)
                    ? cutBound(net, prep, group) : 0;
            byDestination += Math.max(floor, cut);
        }
        double byHome = 0;
        for (List<Integer> group : groups(movable, u -> net.home[u]).values()) {
            double handling = handlingBound(net, prep, group, net.arcCount + net.home[group.get(0)], true);
            byHome += Math.max(criticalPath(net, prep, group), handling);
        }
        Bound bound = prep.bound;
        double best = Math.max(allTogether, Math.max(byDestination, byHome));
        if (best > bound.weightedLateHours()) {
            bound = bound.strongest(new Bound(best, 0, "cut-assignment"));
        }
        if (iterations > 0 && planned > bound.weightedLateHours()) {
            int[] cut = minimumCut(net, movable);
            if (cut.length > 0) {
                double lagrangian = new LagrangianCutBound(net, prep, cut, movable.stream().mapToInt(Integer::intValue).toArray())
                        .solve(iterations, planned);
                if (lagrangian > bound.weightedLateHours()) {
                    bound = bound.strongest(new Bound(lagrangian, 0, LagrangianCutBound.METHOD));
                }
            }
        }
        return bound;
    }

    private static Map<Integer, List<Integer>> groups(List<Integer> units, java.util.function.IntUnaryOperator key) {
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int u : units) {
            groups.computeIfAbsent(key.applyAsInt(u), k -> new ArrayList<>()).add(u);
        }
        return groups;
    }

    /**
     * Units sharing a node's handling, at home (loading) or at the destination (unloading): the
     * node is a one-resource cut. After loading a unit still needs the uncongested transit to its
     * destination; after unloading it has arrived.
     */
    static double handlingBound(PlanningNetwork net, Preparation prep, List<Integer> group, int resource,
                                boolean atHome) {
        double perPeriod = net.capacityPerPeriod[resource];
        if (Double.isInfinite(perPeriod) || group.size() > MAX_GROUP) {
            return 0;
        }
        double[] tail = new double[group.size()];
        for (int i = 0; i < tail.length; i++) {
            int u = group.get(i);
            tail[i] = atHome ? net.transitLowerBound(net.destination[u])[net.home[u]] : 0;
        }
        return assignmentBound(net, prep, group, perPeriod, tail);
    }

    static double criticalPath(PlanningNetwork net, Preparation prep, List<Integer> group) {
        double sum = 0;
        for (int u : group) {
            sum += cost(net, u, prep.criticalArrival[u]);
        }
        return sum;
    }

    /** Weighted lateness of unit u arriving at {@code arrival}, counted to the horizon end at most. */
    static double cost(PlanningNetwork net, int u, double arrival) {
        return Math.max(0, Math.min(net.horizon, arrival) - net.required[u]) / net.priority[u];
    }

    static double cutBound(PlanningNetwork net, Preparation prep, List<Integer> group) {
        int[] cut = minimumCut(net, group);
        if (cut.length == 0) {
            return criticalPath(net, prep, group);
        }
        double perDay = 0;
        for (int arc : cut) {
            perDay += net.capacityPerDay[arc];
        }
        double perPeriod = perDay * net.step / 24.0;
        int n = group.size();
        double[] tail = new double[n];
        for (int i = 0; i < n; i++) {
            int u = group.get(i);
            double[] toDestination = net.transitLowerBound(net.destination[u]);
            double best = Double.POSITIVE_INFINITY;
            for (int arc : cut) {
                best = Math.min(best, net.arcTransit[arc] + toDestination[net.arcHead[arc]]);
            }
            tail[i] = best;
        }
        return Math.max(assignmentBound(net, prep, group, perPeriod, tail),
                transportationBound(net, prep, group, perPeriod, tail));
    }

    /**
     * The assignment ignores when units become available; this relaxation keeps it. Each unit's
     * tonnes are shipped through the resource in days no earlier than the one it becomes available
     * in, each day carrying at most the resource's daily capacity; a tonne shipped in a day costs
     * the unit's weighted lateness if it arrived at that day's start plus the tail, divided by the
     * unit's tonnes. The average over a unit's tonnes is at most its lateness (the last tonne is
     * the latest), so the minimum-cost transportation (OR-Tools {@link MinCostFlow}; tonnes
     * rounded down, capacities up, costs down) is a lower bound too. Days past the horizon are
     * one overflow bucket charged as arriving at the horizon end.
     */
    private static double transportationBound(PlanningNetwork net, Preparation prep, List<Integer> group,
                                              double perPeriod, double[] tail) {
        int n = group.size();
        int factor = Math.max(1, (int) Math.round(24.0 / net.step));
        double bucketHours = factor * net.step;
        int buckets = (int) Math.ceil(net.horizon / bucketHours);
        long perBucket = (long) Math.ceil(perPeriod * factor);
        if ((long) n * buckets > MAX_TRANSPORT_ARCS) {
            return 0;
        }
        // nodes: units 0..n-1, buckets n..n+buckets-1, overflow n+buckets, sink n+buckets+1
        int overflow = n + buckets;
        int sink = overflow + 1;
        MinCostFlow flow = new MinCostFlow();
        try {
            long supply = 0;
            for (int i = 0; i < n; i++) {
                int u = group.get(i);
                long tonnes = (long) Math.floor(net.tonnes[u]);
                if (tonnes == 0) {
                    continue;
                }
                supply += tonnes;
                flow.setNodeSupply(i, tonnes);
                int first = (int) Math.floor(net.available[u] / bucketHours);
                for (int q = Math.max(0, first); q < buckets; q++) {
                    double arrival = Math.max(q * bucketHours + tail[i], prep.criticalArrival[u]);
                    flow.addArcWithCapacityAndUnitCost(i, n + q, tonnes, perTonne(net, u, arrival));
                }
                flow.addArcWithCapacityAndUnitCost(i, overflow, tonnes, perTonne(net, u, Double.POSITIVE_INFINITY));
            }
            if (supply == 0) {
                return 0;
            }
            for (int q = 0; q < buckets; q++) {
                flow.addArcWithCapacityAndUnitCost(n + q, sink, perBucket, 0);
            }
            flow.addArcWithCapacityAndUnitCost(overflow, sink, supply, 0);
            flow.setNodeSupply(sink, -supply);
            if (flow.solve() != MinCostFlowBase.Status.OPTIMAL) {
                return 0;
            }
            return flow.getOptimalCost() / COST_SCALE;
        } finally {
            flow.delete();
        }
    }

    /** Cost per tonne, rounded down, of unit u arriving at {@code arrival}. */
    static long perTonne(PlanningNetwork net, int u, double arrival) {
        return (long) Math.floor(cost(net, u, arrival) * COST_SCALE / net.tonnes[u]);
    }

    /**
     * The cheapest assignment of the group's units to completion slots of a resource carrying
     * {@code perPeriod} tonnes a period, each unit then needing {@code tail} more hours.
     */
    private static double assignmentBound(PlanningNetwork net, Preparation prep, List<Integer> group, double perPeriod,
                                          double[] tail) {
        int n = group.size();
        double fallback = criticalPath(net, prep, group);
        double[] sorted = new double[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = net.tonnes[group.get(i)];
        }
        Arrays.sort(sorted);
        double[] slot = new double[n];
        double cumulative = 0;
        for (int k = 0; k < n; k++) {
            cumulative += sorted[k];
            double period = Math.ceil(cumulative / perPeriod - 1e-9) - 1;
            slot[k] = Math.max(0, period) * net.step;
        }
        LinearSumAssignment assignment = new LinearSumAssignment();
        try {
            for (int i = 0; i < n; i++) {
                int u = group.get(i);
                for (int k = 0; k < n; k++) {
                    double arrival = Math.max(slot[k] + tail[i], prep.criticalArrival[u]);
                    assignment.addArcWithCost(i, k, (long) Math.floor(cost(net, u, arrival) * COST_SCALE));
                }
            }
            if (assignment.solve() != LinearSumAssignment.Status.OPTIMAL) {
                return fallback;
            }
            return Math.max(fallback, assignment.getOptimalCost() / COST_SCALE);
        } finally {
            assignment.delete();
        }
    }

    /**
     * The arcs from the source side to the sink side of a minimum cut between the group's homes
     * and destinations on the allied network, or none when only unconstrained links separate them.
     */
    static int[] minimumCut(PlanningNetwork net, List<Integer> group) {
        int source = net.nodeCount;
        int sink = net.nodeCount + 1;
        MaxFlow flow = new MaxFlow();
        try {
            int[] flowArcOf = new int[net.arcCount];
            Arrays.fill(flowArcOf, -1);
            for (int v = 0; v < net.nodeCount; v++) {
                for (int i = net.outStart[v]; i < net.outStart[v + 1]; i++) {
                    int arc = net.outArcs[i];
                    double capacity = net.capacityPerDay[arc];
                    long c = Double.isInfinite(capacity) ? INFINITE : (long) Math.ceil(capacity);
                    flowArcOf[arc] = flow.addArcWithCapacity(net.arcTail[arc], net.arcHead[arc], c);
                }
            }
            boolean[] isHome = new boolean[net.nodeCount];
            boolean[] isDestination = new boolean[net.nodeCount];
            for (int u : group) {
                isHome[net.home[u]] = true;
                isDestination[net.destination[u]] = true;
            }
            for (int v = 0; v < net.nodeCount; v++) {
                if (isHome[v] && isDestination[v]) {
                    return new int[0];
                }
                if (isHome[v]) {
                    flow.addArcWithCapacity(source, v, INFINITE);
                }
                if (isDestination[v]) {
                    flow.addArcWithCapacity(v, sink, INFINITE);
                }
            }
            if (flow.solve(source, sink) != MaxFlow.Status.OPTIMAL || flow.getOptimalFlow() >= INFINITE / 2) {
                return new int[0];
            }
            boolean[] sourceSide = residualReach(flow, source, net.nodeCount + 2);
            List<Integer> cut = new ArrayList<>();
            for (int arc = 0; arc < net.arcCount; arc++) {
                if (flowArcOf[arc] >= 0 && sourceSide[net.arcTail[arc]] && !sourceSide[net.arcHead[arc]]) {
                    cut.add(arc);
                }
            }
            return cut.stream().mapToInt(Integer::intValue).toArray();
        } finally {
            flow.delete();
        }
    }

    /** Nodes reachable from {@code source} in the residual graph of a maximum flow. */
    private static boolean[] residualReach(MaxFlow flow, int source, int nodes) {
        int arcs = flow.getNumArcs();
        List<List<Integer>> out = new ArrayList<>(nodes);
        for (int v = 0; v < nodes; v++) {
            out.add(new ArrayList<>());
        }
        for (int a = 0; a < arcs; a++) {
            if (flow.getFlow(a) < flow.getCapacity(a)) {
                out.get(flow.getTail(a)).add(flow.getHead(a));
            }
            if (flow.getFlow(a) > 0) {
                out.get(flow.getHead(a)).add(flow.getTail(a));
            }
        }
        boolean[] seen = new boolean[nodes];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        seen[source] = true;
        queue.add(source);
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int w : out.get(v)) {
                if (!seen[w]) {
                    seen[w] = true;
                    queue.add(w);
                }
            }
        }
        return seen;
    }
}
