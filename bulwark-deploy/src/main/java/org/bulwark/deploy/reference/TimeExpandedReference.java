package org.bulwark.deploy.reference;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.PriorityQueue;
import java.util.Set;
import org.bulwark.deploy.OrTools;
import org.bulwark.deploy.PlannerOptions;
import org.bulwark.deploy.reference.DeploymentInstance.EdgeKind;
import org.bulwark.deploy.reference.DeploymentInstance.Task;
import org.bulwark.model.Link;
import org.bulwark.model.Mode;
import org.bulwark.model.Scenario;

/**
 * OR-Tools solving the time-expanded deployment problem directly: the state graph of
 * {@link DeploymentInstance} copied once per period of Δ hours and solved as one single-commodity
 * minimum-cost flow ({@link MinCostFlow}) in whole tonnes. Its optimum is the <em>fluid
 * relaxation</em> of docs/deployment-model.md ("OR-Tools reference" there): tonnes may split
 * across routes and periods and are not tied to their unit between home and destination, so it is
 * a lower bound on the weighted lateness of every plan, not a plan.
 *
 * <p>The network, per period {@code k = 0 … K−1}:
 * <ul>
 *   <li>a node per state and period in the window where tonnes can be (reachable from a home after
 *       its unit is available, still able to reach a destination before the horizon);</li>
 *   <li>holdover arcs {@code (s, k) → (s, k+1)}: tonnes may wait at any state;</li>
 *   <li>a move over a link direction: {@code (x, k) → (y, k + ⌊τ/Δ⌋)}, capacity of the arc per period
 *       (rounded up to whole tonnes), only links some unit's heaviest item may take;</li>
 *   <li>a node's handling (loading, unloading, mode change, handing a train to the gauge break) is a
 *       hub {@code in(v, k) → out(v, k)} with the handling capacity per period; at a node with both
 *       rail gauges there are two hubs, one for tonnes that arrived by rail (it leads only off the
 *       rails or to the gauge break) and one for the rest, each with the full capacity, so a train
 *       cannot change gauge without the gauge break;</li>
 *   <li>a gauge break: {@code transship(v, k) → gb(v, k)} with its capacity per period, then
 *       {@code gb(v, k) → rail(v, other gauge, k + ⌊g_v/Δ⌋)};</li>
 *   <li>per unit: a source with its tonnes (rounded to whole tonnes, at least one), an arc to its
 *       home in the period of its available hour, and an arc straight to its demand node costed as
 *       arriving at the horizon end (capacity exhausted); a demand node fed from its destination's
 *       sink in each period {@code k} at {@code weight · max(0, kΔ − R) / tonnes} per tonne (one
 *       free arc for all on-time periods, since tonnes may wait at the sink).</li>
 * </ul>
 * Every plan maps onto a flow of this network at no higher cost: its tonnes use a resource in the
 * periods the fill consumed, never earlier than {@code ⌊ready/Δ⌋}, delays rounded down only make
 * them earlier, and a unit's lateness is at least the tonne-weighted mean over its tonnes. So the
 * optimum is ≤ the optimum of {@link ExactDeploymentSolver} up to the rounding of tonnes and of the
 * integer costs (relative 10⁻⁹). It is weaker where the relaxation matters: tonnes of one unit may
 * reach another unit's destination, capacity of a dual-gauge link or of a two-gauge node's
 * handling counts once per gauge, and weight limits are those of the lightest unit.
 *
 * <p>{@code MinCostFlow} cannot be interrupted: callers that need a time limit run it in a
 * process they can end. Networks beyond a cap of arcs are refused (status {@code TOO_LARGE}).
 */
public final class TimeExpandedReference {
    /** Default cap: about 3 GB of native solver memory. */
    public static final long MAX_ARCS = 20_000_000;
    /** What this reference solves, for reports. */
    public static final String KIND = "fluid_relaxation";

    /**
     * The reference's answer.
     *
     * @param status            OPTIMAL, TOO_LARGE, or OR-Tools' MinCostFlow status when it failed
     * @param weightedLateHours the fluid optimum in weighted late hours (the plan's units), when solved
     * @param exhaustedTonnes   tonnes the optimum sends to the horizon end (capacity exhausted)
     * @param nodes             nodes of the time-expanded network
     * @param arcs              arcs of the time-expanded network
     */
    public record ReferenceResult(String status, OptionalDouble weightedLateHours, long exhaustedTonnes, long nodes,
                                  long arcs) {
        public ReferenceResult {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(weightedLateHours, "weightedLateHours");
        }

        public boolean optimal() {
            return status.equals("OPTIMAL");
        }
    }

    private static final int NONE = DeploymentInstance.NONE;
    private static final double EPS = DeploymentInstance.EPS;
    /** Largest integer unit cost handed to MinCostFlow (it scales costs by the node count inside). */
    private static final double MAX_UNIT_COST = 1e9;


    private TimeExpandedReference() {
    }

    /** Solves the fluid relaxation; OR-Tools natives must be available ({@link OrTools#available()}). */
    public static ReferenceResult solve(Scenario scenario, PlannerOptions options) {
        return solve(scenario, options, MAX_ARCS);
    }

    static ReferenceResult solve(Scenario scenario, PlannerOptions options, long maxArcs) {
        DeploymentInstance inst = DeploymentInstance.of(scenario, options);
        if (inst.tasks.isEmpty()) {
            return new ReferenceResult("OPTIMAL", OptionalDouble.of(0), 0, 0, 0);
        }
        return new Network(inst).solve(maxArcs);
    }

    /** The static graph with hubs, then its expansion over the periods. */
    private static final class Network {
        private final DeploymentInstance inst;
        private final int periods;
        private final double step;
        private final List<int[]> arcs = new ArrayList<>(); // from, to, delay periods
        private final List<Double> arcCapacity = new ArrayList<>(); // tonnes per period, +inf
        private final Set<Long> plainArcs = new HashSet<>();
        private int states;
        private int[] first;
        private int[] last;
        private int[] supply;

        Network(DeploymentInstance inst) {
            this.inst = inst;
            this.periods = inst.periods;
            this.step = inst.stepHours;
            build();
            supply = new int[inst.tasks.size()];
            for (Task task : inst.tasks) {
                supply[task.index()] = (int) Math.max(1, Math.round(task.tonnes()));
            }
            windows();
        }

        private int delayPeriods(double hours) {
            return (int) Math.floor(hours / step + EPS);
        }

        private double perPeriod(int resource) {
            return resource == NONE ? Double.POSITIVE_INFINITY : inst.capacityPerPeriod(resource, step);
        }

        private void arc(int from, int to, double capacity, int delay) {
            arcs.add(new int[] {from, to, delay});
            arcCapacity.add(capacity);
        }

        /** An uncapacitated, undelayed arc, once per pair. */
        private void plain(int from, int to) {
            if (plainArcs.add((long) from * Integer.MAX_VALUE + to)) {
                arc(from, to, Double.POSITIVE_INFINITY, 0);
            }
        }

        private void build() {
            int n = inst.nodes.size();
            states = inst.states();
            double lightest = inst.tasks.stream().mapToDouble(Task::heaviestTonnes).min().orElse(0);
            boolean[] rail = new boolean[states];
            List<Link> links = inst.scenario.network().links();
            for (int e = 0; e < inst.edges(); e++) {
                if (inst.edgeKind[e] == EdgeKind.MOVE && links.get(inst.edgeLink[e]).mode() == Mode.RAIL) {
                    rail[inst.edgeFrom[e]] = true;
                    rail[inst.edgeTo[e]] = true;
                }
            }
            int[] railStates = new int[n];
            for (int s = 0; s < states; s++) {
                if (rail[s]) {
                    railStates[inst.stateNode.get(s)]++;
                }
            }
            int[] hubIn = new int[n];
            int[] hubOut = new int[n];
            int[] railIn = new int[n];
            int[] railOut = new int[n];
            int[] gaugeBreak = new int[n];
            int[] handling = new int[n];
            Arrays.fill(handling, NONE);
            for (int e = 0; e < inst.edges(); e++) {
                if (inst.edgeKind[e] == EdgeKind.LOAD) {
                    handling[inst.stateNode.get(inst.edgeFrom[e])] = inst.edgeResource[e];
                }
            }
            for (int v = 0; v < n; v++) {
                hubIn[v] = states++;
                hubOut[v] = states++;
                arc(hubIn[v], hubOut[v], perPeriod(handling[v]), 0);
                railIn[v] = hubIn[v];
                railOut[v] = hubOut[v];
                if (railStates[v] > 1) {
                    railIn[v] = states++;
                    railOut[v] = states++;
                    arc(railIn[v], railOut[v], perPeriod(handling[v]), 0);
                }
                gaugeBreak[v] = NONE;
            }
            for (int e = 0; e < inst.edges(); e++) {
                if (!inst.allows(e, lightest)) {
                    continue;
                }
                int from = inst.edgeFrom[e];
                int to = inst.edgeTo[e];
                int v = inst.stateNode.get(from);
                boolean split = railIn[v] != hubIn[v];
                switch (inst.edgeKind[e]) {
                    case MOVE -> arc(from, to, perPeriod(inst.edgeResource[e]), delayPeriods(inst.edgeDelayHours[e]));
                    case LOAD, UNLOAD, CHANGE -> {
                        plain(from, rail[from] ? railIn[v] : hubIn[v]);
                        plain(hubOut[v], to);
                        if (split && !rail[to]) {
                            plain(railOut[v], to);
                        }
                    }
                    case HANDLE_FOR_TRANSSHIP -> {
                        plain(from, railIn[v]);
                        plain(railOut[v], to);
                    }
                    case TRANSSHIP -> {
                        if (gaugeBreak[v] == NONE) {
                            gaugeBreak[v] = states++;
                            arc(from, gaugeBreak[v], perPeriod(inst.edgeResource[e]), 0);
                        }
                        arc(gaugeBreak[v], to, Double.POSITIVE_INFINITY, delayPeriods(inst.edgeDelayHours[e]));
                    }
                    default -> throw new IllegalStateException("edge kind " + inst.edgeKind[e]);
                }
            }
        }

        private int releasePeriod(Task task) {
            return (int) Math.floor(task.availableHour() / step + EPS);
        }

        /** first: earliest period tonnes can be at a state; last: latest from which a destination is reached in time. */
        private void windows() {
            int[][] out = adjacency(true);
            int[][] in = adjacency(false);
            first = new int[states];
            Arrays.fill(first, Integer.MAX_VALUE);
            PriorityQueue<int[]> queue = new PriorityQueue<>((x, y) -> Integer.compare(x[0], y[0]));
            for (Task task : inst.tasks) {
                int k = releasePeriod(task);
                if (k < first[task.origin()]) {
                    first[task.origin()] = k;
                    queue.add(new int[] {k, task.origin()});
                }
            }
            dijkstra(queue, first, out, 1);
            int[] toSink = new int[states];
            Arrays.fill(toSink, Integer.MAX_VALUE);
            for (Task task : inst.tasks) {
                if (toSink[task.sink()] != 0) {
                    toSink[task.sink()] = 0;
                    queue.add(new int[] {0, task.sink()});
                }
            }
            dijkstra(queue, toSink, in, 0);
            last = new int[states];
            for (int s = 0; s < states; s++) {
                last[s] = toSink[s] == Integer.MAX_VALUE ? -1 : periods - 1 - toSink[s];
            }
        }

        /** Arcs (indices) leaving ({@code forward}) or entering each state, without capacity-0 arcs. */
        private int[][] adjacency(boolean forward) {
            int[] degree = new int[states];
            for (int a = 0; a < arcs.size(); a++) {
                if (usable(a)) {
                    degree[arcs.get(a)[forward ? 0 : 1]]++;
                }
            }
            int[][] adjacent = new int[states][];
            for (int s = 0; s < states; s++) {
                adjacent[s] = new int[degree[s]];
                degree[s] = 0;
            }
            for (int a = 0; a < arcs.size(); a++) {
                if (usable(a)) {
                    int s = arcs.get(a)[forward ? 0 : 1];
                    adjacent[s][degree[s]++] = a;
                }
            }
            return adjacent;
        }

        private boolean usable(int a) {
            return capacity(a) > 0;
        }

        private long capacity(int a) {
            double c = arcCapacity.get(a);
            return Double.isInfinite(c) ? Long.MAX_VALUE : (long) Math.ceil(c - EPS);
        }

        private void dijkstra(PriorityQueue<int[]> queue, int[] dist, int[][] adjacent, int end) {
            while (!queue.isEmpty()) {
                int[] top = queue.poll();
                if (top[0] > dist[top[1]]) {
                    continue;
                }
                for (int a : adjacent[top[1]]) {
                    int[] arc = arcs.get(a);
                    int d = top[0] + arc[2];
                    if (d < dist[arc[end]]) {
                        dist[arc[end]] = d;
                        queue.add(new int[] {d, arc[end]});
                    }
                }
            }
        }

        private boolean open(int s) {
            return first[s] <= last[s];
        }

        private boolean inWindow(int s, int k) {
            return k >= first[s] && k <= last[s];
        }

        /** Cost per whole tonne of {@code task} arriving at {@code arrivalHour} (the horizon end when exhausted). */
        private double cost(Task task, double arrivalHour) {
            return task.weight() * Math.max(0, arrivalHour - task.requiredHour()) / supply[task.index()];
        }

        /** The periods at which a demand node is fed from its sink: the last on-time one, then every late one. */
        private int firstFeed(Task task) {
            int onTime = (int) Math.floor(task.requiredHour() / step + EPS);
            int z = task.sink();
            return Math.max(first[z], Math.min(onTime, last[z]));
        }

        ReferenceResult solve(long maxArcs) {
            long nodes = 0;
            for (int s = 0; s < states; s++) {
                if (open(s)) {
                    nodes += last[s] - first[s] + 1;
                }
            }
            long arcCount = 0;
            for (int s = 0; s < inst.states(); s++) {
                if (open(s)) {
                    arcCount += last[s] - first[s];
                }
            }
            for (int a = 0; a < arcs.size(); a++) {
                arcCount += usable(a) ? expanded(a) : 0;
            }
            for (Task task : inst.tasks) {
                arcCount += 2 + (open(task.sink()) ? last[task.sink()] - firstFeed(task) + 1 : 0);
            }
            long taskNodeBase = nodes;
            nodes += 2L * inst.tasks.size();
            if (arcCount > maxArcs || nodes > Integer.MAX_VALUE) {
                return new ReferenceResult("TOO_LARGE", OptionalDouble.empty(), 0, nodes, arcCount);
            }
            double maxCost = 0;
            for (Task task : inst.tasks) {
                maxCost = Math.max(maxCost, cost(task, inst.horizonHours));
            }
            double scale = maxCost > 0 ? MAX_UNIT_COST / maxCost : 1;
            long big = 0;
            for (int t : supply) {
                big += t;
            }
            OrTools.load();
            MinCostFlow flow = new MinCostFlow((int) nodes, (int) Math.min(Integer.MAX_VALUE, arcCount));
            try {
                for (int s = 0; s < inst.states(); s++) { // holdover: only the hubs pass tonnes on at once
                    for (int k = first[s]; k < last[s]; k++) {
                        flow.addArcWithCapacityAndUnitCost(node(s, k), node(s, k + 1), big, 0);
                    }
                }
                for (int a = 0; a < arcs.size(); a++) {
                    if (!usable(a)) {
                        continue;
                    }
                    int[] arc = arcs.get(a);
                    long capacity = Math.min(big, capacity(a));
                    for (int k = first[arc[0]]; k <= last[arc[0]]; k++) {
                        if (inWindow(arc[1], k + arc[2])) {
                            flow.addArcWithCapacityAndUnitCost(node(arc[0], k), node(arc[1], k + arc[2]),
                                    capacity, 0);
                        }
                    }
                }
                int tasks = inst.tasks.size();
                double[] trueCost = new double[(int) Math.min(Integer.MAX_VALUE, arcCount)];
                int[] exhaustArc = new int[tasks];
                for (Task task : inst.tasks) {
                    int source = (int) (taskNodeBase + task.index());
                    int demand = (int) (taskNodeBase + tasks + task.index());
                    flow.setNodeSupply(source, supply[task.index()]);
                    flow.setNodeSupply(demand, -supply[task.index()]);
                    double exhausted = cost(task, inst.horizonHours);
                    exhaustArc[task.index()] = flow.addArcWithCapacityAndUnitCost(source, demand, big,
                            Math.round(exhausted * scale));
                    trueCost[exhaustArc[task.index()]] = exhausted;
                    int release = releasePeriod(task);
                    if (inWindow(task.origin(), release)) {
                        flow.addArcWithCapacityAndUnitCost(source, node(task.origin(), release), big, 0);
                    }
                    int z = task.sink();
                    if (open(z)) {
                        for (int k = firstFeed(task); k <= last[z]; k++) {
                            double c = cost(task, k * step);
                            int id = flow.addArcWithCapacityAndUnitCost(node(z, k), demand, big, Math.round(c * scale));
                            trueCost[id] = c;
                        }
                    }
                }
                MinCostFlowBase.Status status = flow.solve();
                if (status != MinCostFlowBase.Status.OPTIMAL) {
                    return new ReferenceResult(status.name(), OptionalDouble.empty(), 0, nodes, flow.getNumArcs());
                }
                double objective = 0;
                for (int a = 0; a < flow.getNumArcs(); a++) {
                    if (trueCost[a] > 0) {
                        objective += trueCost[a] * flow.getFlow(a);
                    }
                }
                long exhaustedTonnes = 0;
                for (int a : exhaustArc) {
                    exhaustedTonnes += flow.getFlow(a);
                }
                return new ReferenceResult("OPTIMAL", OptionalDouble.of(objective), exhaustedTonnes, nodes,
                        flow.getNumArcs());
            } finally {
                flow.delete();
            }
        }

        private long expanded(int a) {
            int[] arc = arcs.get(a);
            long count = 0;
            if (open(arc[0]) && open(arc[1])) {
                int lo = Math.max(first[arc[0]], first[arc[1]] - arc[2]);
                int hi = Math.min(last[arc[0]], last[arc[1]] - arc[2]);
                count = Math.max(0, hi - lo + 1);
            }
            return count;
        }

        private int[][] ids;

        /** The node of state {@code s} in period {@code k}, numbered period by period. */
        private int node(int s, int k) {
            if (ids == null) {
                ids = new int[states][];
                for (int t = 0; t < states; t++) {
                    ids[t] = new int[open(t) ? last[t] - first[t] + 1 : 0];
                }
                int next = 0;
                for (int q = 0; q < periods; q++) { // period-major: MinCostFlow runs about 2× faster than state-major
                    for (int t = 0; t < states; t++) {
                        if (inWindow(t, q)) {
                            ids[t][q - first[t]] = next++;
                        }
                    }
                }
            }
            return ids[s][k - first[s]];
        }
    }
}
