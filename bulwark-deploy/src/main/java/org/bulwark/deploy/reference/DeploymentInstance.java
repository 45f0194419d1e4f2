package org.bulwark.deploy.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import org.bulwark.deploy.PlannerOptions;
import org.bulwark.deploy.Resource;
import org.bulwark.model.GaugeBreak;
import org.bulwark.model.Link;
import org.bulwark.model.Mode;
import org.bulwark.model.Network;
import org.bulwark.model.Node;
import org.bulwark.model.NodeId;
import org.bulwark.model.RailGauge;
import org.bulwark.model.Reinforcement;
import org.bulwark.model.Scenario;
import org.bulwark.model.Unit;

/**
 * A scenario compiled for the reference solvers: the planning periods, the resources with their
 * capacity per period, a <em>state graph</em> and the units that move.
 *
 * <p>A state is where a unit's tonnes can be: {@code ORIGIN(v)} (at home, not loaded),
 * {@code MODE(v, m, g)} (at node {@code v} on mode {@code m}, for rail on a train of gauge
 * {@code g} ∈ {1435, 1520}), {@code TRANSSHIP(v)} (handled at a gauge break, waiting for the
 * transshipment) and {@code SINK(v)} (unloaded at destination {@code v}). Every edge consumes at
 * most one resource and then takes a delay, so the events of docs/deployment-model.md map one to
 * one onto edges:
 * <ul>
 *   <li>load at home: {@code ORIGIN(v) → MODE(v, ·)}, handling(v);</li>
 *   <li>a move: {@code MODE(x, m, g) → MODE(y, m, g)}, the arc, delay τ; a dual-gauge link keeps
 *       the train's gauge, a 1435/1520 link needs that gauge; weight limit;</li>
 *   <li>a mode change: {@code MODE(v, s) → MODE(v, s')} with a different mode, handling(v);</li>
 *   <li>a gauge change (only at a gauge break): {@code MODE(v, rail, g) → TRANSSHIP(v)}, handling(v),
 *       then {@code TRANSSHIP(v) → MODE(v, rail, g')}, gauge break(v), delay g_v;</li>
 *   <li>unload: {@code MODE(v, ·) → SINK(v)}, handling(v).</li>
 * </ul>
 * A train's gauge is free when it boards (a dual-gauge start is either), which is what "dual-gauge
 * links do not change the train's gauge" allows. Package-private: only the reference solvers use it.
 */
final class DeploymentInstance {
    static final int NONE = -1;
    static final double EPS = 1e-9;

    enum StateKind { ORIGIN, MODE, TRANSSHIP, SINK }

    enum EdgeKind { LOAD, MOVE, CHANGE, HANDLE_FOR_TRANSSHIP, TRANSSHIP, UNLOAD }

    /**
     * One reinforcement that can move; {@code criticalArrivalHour} is its arrival with the network to
     * itself (+∞ when even then no fill fits in the horizon's periods).
     */
    record Task(int index, Reinforcement reinforcement, Unit unit, double tonnes, double heaviestTonnes, int origin,
                int sink, double availableHour, double requiredHour, double weight, double criticalArrivalHour,
                double earliestUnloadHour) {
    }

    final Scenario scenario;
    final double stepHours;
    final double horizonHours;
    final int periods;

    // resources
    final List<Resource> resources = new ArrayList<>();
    /** Tonnes per day; +∞ when unconstrained. */
    double[] capacityPerDay;

    // states
    final List<StateKind> stateKind = new ArrayList<>();
    final List<Integer> stateNode = new ArrayList<>();
    final List<String> stateLabel = new ArrayList<>();

    // edges (parallel lists, then arrays)
    int[] edgeFrom;
    int[] edgeTo;
    int[] edgeResource;
    double[] edgeDelayHours;
    double[] edgeWeightLimit;
    EdgeKind[] edgeKind;
    int[] edgeLink;
    /** Edges leaving each state. */
    int[][] out;

    final List<Node> nodes;
    final Map<NodeId, Integer> nodeIndex = new HashMap<>();
    final int[] origin;
    final int[] sink;

    /** Units that can reach their destination at all (with the network to themselves). */
    final List<Task> tasks = new ArrayList<>();
    /** Units left out: home is the destination (in place at their available hour) or structurally unreachable. */
    final List<Reinforcement> inPlace = new ArrayList<>();
    final List<Reinforcement> unreachable = new ArrayList<>();

    private DeploymentInstance(Scenario scenario, PlannerOptions options) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(options, "options");
        this.stepHours = options.timeStepHours();
        double latestRequired = 0;
        for (Reinforcement r : scenario.reinforcements()) {
            latestRequired = Math.max(latestRequired, r.requiredHour());
        }
        this.horizonHours = Math.max(scenario.info().horizonHours(), latestRequired) * options.horizonFactor();
        this.periods = (int) Math.ceil(horizonHours / stepHours - EPS);
        Network network = scenario.network();
        this.nodes = network.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            nodeIndex.put(nodes.get(i).id(), i);
        }
        this.origin = new int[nodes.size()];
        this.sink = new int[nodes.size()];
        buildGraph(network);
    }

    static DeploymentInstance of(Scenario scenario, PlannerOptions options) {
        DeploymentInstance instance = new DeploymentInstance(scenario, options);
        instance.buildTasks();
        return instance;
    }

    /**
     * The graph with <em>optimistic</em> tasks, for sizing models cheaply: every reinforcement whose
     * home and destination differ and are in the network, taken as reachable and with its critical
     * path and earliest unload at its available hour (no per-unit search, which is most of the cost
     * of {@link #of} on large scenarios: 12 s of CPU at the large preset).
     */
    static DeploymentInstance optimistic(Scenario scenario, PlannerOptions options) {
        DeploymentInstance instance = new DeploymentInstance(scenario, options);
        for (Reinforcement r : scenario.reinforcements()) {
            Unit unit = scenario.unit(r.unit()).orElse(null);
            int home = unit == null ? NONE : instance.nodeIndex.getOrDefault(unit.home(), NONE);
            int dest = instance.nodeIndex.getOrDefault(r.destination(), NONE);
            if (home == NONE || dest == NONE || home == dest) {
                continue;
            }
            instance.tasks.add(new Task(instance.tasks.size(), r, unit, unit.lift().tonnes(), unit.heaviestItemTonnes(),
                    instance.origin[home], instance.sink[dest], r.availableHour(), r.requiredHour(), 1.0 / r.priority(),
                    r.availableHour(), r.availableHour()));
        }
        return instance;
    }

    double capacityPerPeriod(int resource, double periodHours) {
        return capacityPerDay[resource] * periodHours / 24.0;
    }

    int states() {
        return stateKind.size();
    }

    int edges() {
        return edgeFrom.length;
    }

    // ------------------------------------------------------------------------------------------

    private int addState(StateKind kind, int node, String label) {
        stateKind.add(kind);
        stateNode.add(node);
        stateLabel.add(label);
        return stateKind.size() - 1;
    }

    private int addResource(Resource resource, double perDay) {
        resources.add(resource);
        capacities.add(perDay);
        return resources.size() - 1;
    }

    private final List<Double> capacities = new ArrayList<>();
    private final List<int[]> edgeInts = new ArrayList<>(); // from, to, resource, kind, link
    private final List<double[]> edgeDoubles = new ArrayList<>(); // delay, weight limit

    private void addEdge(int from, int to, int resource, EdgeKind kind, int link, double delay, double weightLimit) {
        edgeInts.add(new int[] {from, to, resource, kind.ordinal(), link});
        edgeDoubles.add(new double[] {delay, weightLimit});
    }

    /** Mode states: 0 road, 1 rail 1435, 2 rail 1520, 3 sea, 4 air. */
    private static final int KINDS = 5;

    private static int[] kindsOf(Link link) {
        return switch (link.mode()) {
            case ROAD -> new int[] {0};
            case SEA -> new int[] {3};
            case AIR -> new int[] {4};
            case RAIL -> switch (link.gauge().orElseThrow()) {
                case STANDARD_1435 -> new int[] {1};
                case BROAD_1520 -> new int[] {2};
                case DUAL -> new int[] {1, 2};
            };
        };
    }

    private static boolean isRail(int kind) {
        return kind == 1 || kind == 2;
    }

    private static final String[] KIND_LABEL = {"road", "rail1435", "rail1520", "sea", "air"};

    private void buildGraph(Network network) {
        int n = nodes.size();
        int[] handling = new int[n];
        int[] gauge = new int[n];
        for (int v = 0; v < n; v++) {
            Node node = nodes.get(v);
            handling[v] = addResource(Resource.handling(node.id()), node.handlingTonnesPerDay());
            gauge[v] = NONE;
        }
        for (GaugeBreak gb : network.gaugeBreaks()) {
            int v = nodeIndex.get(gb.node());
            gauge[v] = addResource(Resource.gaugeBreak(gb.node()), gb.capacityTonnesPerDay());
        }
        List<Link> links = network.links();
        int[][] arc = new int[links.size()][2];
        boolean[][] present = new boolean[n][KINDS];
        for (int l = 0; l < links.size(); l++) {
            Link link = links.get(l);
            arc[l][0] = addResource(Resource.link(link.id(), link.from(), link.to()), link.capacityTonnesPerDay());
            arc[l][1] = addResource(Resource.link(link.id(), link.to(), link.from()), link.capacityTonnesPerDay());
            for (int k : kindsOf(link)) {
                present[nodeIndex.get(link.from())][k] = true;
                present[nodeIndex.get(link.to())][k] = true;
            }
        }
        int[][] modeState = new int[n][KINDS];
        int[] transship = new int[n];
        for (int v = 0; v < n; v++) {
            String id = nodes.get(v).id().value();
            origin[v] = addState(StateKind.ORIGIN, v, "origin " + id);
            sink[v] = addState(StateKind.SINK, v, "sink " + id);
            for (int k = 0; k < KINDS; k++) {
                modeState[v][k] = present[v][k] ? addState(StateKind.MODE, v, KIND_LABEL[k] + " " + id) : NONE;
            }
            transship[v] = gauge[v] != NONE && present[v][1] && present[v][2]
                    ? addState(StateKind.TRANSSHIP, v, "transship " + id) : NONE;
        }
        double inf = Double.POSITIVE_INFINITY;
        for (int v = 0; v < n; v++) {
            for (int k = 0; k < KINDS; k++) {
                int s = modeState[v][k];
                if (s == NONE) {
                    continue;
                }
                addEdge(origin[v], s, handling[v], EdgeKind.LOAD, NONE, 0, inf);
                addEdge(s, sink[v], handling[v], EdgeKind.UNLOAD, NONE, 0, inf);
                for (int k2 = 0; k2 < KINDS; k2++) {
                    int s2 = modeState[v][k2];
                    if (s2 != NONE && k2 != k && !(isRail(k) && isRail(k2))) {
                        addEdge(s, s2, handling[v], EdgeKind.CHANGE, NONE, 0, inf);
                    }
                }
                if (isRail(k) && transship[v] != NONE) {
                    addEdge(s, transship[v], handling[v], EdgeKind.HANDLE_FOR_TRANSSHIP, NONE, 0, inf);
                    int other = modeState[v][k == 1 ? 2 : 1];
                    // only towards the other gauge: going back to the same train is never useful
                    addEdge(transship[v], other, gauge[v], EdgeKind.TRANSSHIP, NONE,
                            network.gaugeBreakAt(nodes.get(v).id()).orElseThrow().transshipmentHours(), inf);
                }
            }
        }
        for (int l = 0; l < links.size(); l++) {
            Link link = links.get(l);
            int a = nodeIndex.get(link.from());
            int b = nodeIndex.get(link.to());
            for (int k : kindsOf(link)) {
                addEdge(modeState[a][k], modeState[b][k], arc[l][0], EdgeKind.MOVE, l, link.transitHours(), link.weightLimitTonnes());
                addEdge(modeState[b][k], modeState[a][k], arc[l][1], EdgeKind.MOVE, l, link.transitHours(), link.weightLimitTonnes());
            }
        }
        capacityPerDay = capacities.stream().mapToDouble(Double::doubleValue).toArray();
        int m = edgeInts.size();
        edgeFrom = new int[m];
        edgeTo = new int[m];
        edgeResource = new int[m];
        edgeKind = new EdgeKind[m];
        edgeLink = new int[m];
        edgeDelayHours = new double[m];
        edgeWeightLimit = new double[m];
        int[] degree = new int[states()];
        for (int e = 0; e < m; e++) {
            int[] ints = edgeInts.get(e);
            edgeFrom[e] = ints[0];
            edgeTo[e] = ints[1];
            int r = ints[2];
            edgeResource[e] = r != NONE && Double.isInfinite(capacityPerDay[r]) ? NONE : r;
            edgeKind[e] = EdgeKind.values()[ints[3]];
            edgeLink[e] = ints[4];
            edgeDelayHours[e] = edgeDoubles.get(e)[0];
            edgeWeightLimit[e] = edgeDoubles.get(e)[1];
            degree[edgeFrom[e]]++;
        }
        out = new int[states()][];
        for (int s = 0; s < states(); s++) {
            out[s] = new int[degree[s]];
            degree[s] = 0;
        }
        for (int e = 0; e < m; e++) {
            out[edgeFrom[e]][degree[edgeFrom[e]]++] = e;
        }
        edgeInts.clear();
        edgeDoubles.clear();
    }

    /** Whether unit of heaviest item {@code heaviest} may take edge {@code e}. */
    boolean allows(int e, double heaviest) {
        return edgeWeightLimit[e] >= heaviest;
    }

    private void buildTasks() {
        for (Reinforcement r : scenario.reinforcements()) {
            Unit unit = scenario.unit(r.unit()).orElseThrow(
                    () -> new IllegalArgumentException("reinforcement of unknown unit " + r.unit()));
            int home = nodeIndex.getOrDefault(unit.home(), NONE);
            int dest = nodeIndex.getOrDefault(r.destination(), NONE);
            if (home == NONE || dest == NONE) {
                throw new IllegalArgumentException("unit " + unit.id() + ": home " + unit.home() + " or destination "
                        + r.destination() + " is not in the network");
            }
            if (home == dest) {
                inPlace.add(r);
                continue;
            }
            double tonnes = unit.lift().tonnes();
            // zero tonnes never wait for capacity: finite exactly when a route exists (structural reachability)
            if (Double.isInfinite(earliest(origin[home], r.availableHour(), 0, unit.heaviestItemTonnes(), null)[sink[dest]])) {
                unreachable.add(r);
                continue;
            }
            double[] label = earliest(origin[home], r.availableHour(), tonnes, unit.heaviestItemTonnes(), null);
            double arrival = label[sink[dest]]; // +∞: cannot arrive within the horizon even alone
            double unloadStart = Double.POSITIVE_INFINITY;
            for (int e = 0; e < edges(); e++) {
                if (edgeTo[e] == sink[dest]) {
                    unloadStart = Math.min(unloadStart, label[edgeFrom[e]]);
                }
            }
            tasks.add(new Task(tasks.size(), r, unit, tonnes, unit.heaviestItemTonnes(), origin[home], sink[dest],
                    r.availableHour(), r.requiredHour(), 1.0 / r.priority(), arrival, unloadStart));
        }
    }

    /**
     * The fill of docs/deployment-model.md on an empty resource: completion of {@code tonnes} starting
     * at {@code t} with the full capacity of every period.
     */
    double fillEmpty(int resource, double tonnes, double t) {
        if (resource == NONE || tonnes <= 0) {
            return t;
        }
        double perPeriod = capacityPerPeriod(resource, stepHours);
        long first = (long) Math.floor(t / stepHours + EPS);
        long needed = (long) Math.ceil(tonnes / perPeriod - EPS);
        long last = first + Math.max(needed, 1) - 1;
        if (last >= periods) {
            return Double.POSITIVE_INFINITY; // no period left in the horizon: capacity exhausted
        }
        return Math.max(t, last * stepHours);
    }

    /**
     * Earliest ready time at every state for one unit with the network to itself (label setting;
     * exact because completion is monotone). {@code allowedEdge} may restrict edges (null: all).
     */
    double[] earliest(int from, double startHour, double tonnes, double heaviest, boolean[] allowedEdge) {
        return earliest(new int[] {from}, new double[] {startHour}, tonnes, heaviest, allowedEdge);
    }

    /** Multi-source version: each source with its own start hour (the least label over sources). */
    double[] earliest(int[] from, double[] startHour, double tonnes, double heaviest, boolean[] allowedEdge) {
        double[] label = new double[states()];
        Arrays.fill(label, Double.POSITIVE_INFINITY);
        PriorityQueue<double[]> queue = new PriorityQueue<>((x, y) -> Double.compare(x[0], y[0]));
        for (int i = 0; i < from.length; i++) {
            if (startHour[i] < label[from[i]]) {
                label[from[i]] = startHour[i];
                queue.add(new double[] {startHour[i], from[i]});
            }
        }
        while (!queue.isEmpty()) {
            double[] top = queue.poll();
            int s = (int) top[1];
            if (top[0] > label[s]) {
                continue;
            }
            for (int e : out[s]) {
                if (!allows(e, heaviest) || (allowedEdge != null && !allowedEdge[e])) {
                    continue;
                }
                double t = fillEmpty(edgeResource[e], tonnes, top[0]) + edgeDelayHours[e];
                int to = edgeTo[e];
                if (t < label[to]) {
                    label[to] = t;
                    queue.add(new double[] {t, to});
                }
            }
        }
        return label;
    }

    private int[][] in;

    /** Shortest number of whole periods of {@code periodHours} from every state to the nearest target, delays rounded down. */
    int[] periodsTo(int[] targets, double periodHours, double heaviest) {
        if (in == null) {
            int[] degree = new int[states()];
            for (int e = 0; e < edges(); e++) {
                degree[edgeTo[e]]++;
            }
            in = new int[states()][];
            for (int s = 0; s < states(); s++) {
                in[s] = new int[degree[s]];
                degree[s] = 0;
            }
            for (int e = 0; e < edges(); e++) {
                in[edgeTo[e]][degree[edgeTo[e]]++] = e;
            }
        }
        int[] dist = new int[states()];
        Arrays.fill(dist, Integer.MAX_VALUE);
        PriorityQueue<int[]> queue = new PriorityQueue<>((x, y) -> Integer.compare(x[0], y[0]));
        for (int target : targets) {
            dist[target] = 0;
            queue.add(new int[] {0, target});
        }
        while (!queue.isEmpty()) {
            int[] top = queue.poll();
            if (top[0] > dist[top[1]]) {
                continue;
            }
            for (int e : in[top[1]]) {
                if (!allows(e, heaviest)) {
                    continue;
                }
                int d = top[0] + (int) Math.floor(edgeDelayHours[e] / periodHours + EPS);
                if (d < dist[edgeFrom[e]]) {
                    dist[edgeFrom[e]] = d;
                    queue.add(new int[] {d, edgeFrom[e]});
                }
            }
        }
        return dist;
    }
}
