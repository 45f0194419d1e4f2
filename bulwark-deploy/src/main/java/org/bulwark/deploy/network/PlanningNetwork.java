package org.bulwark.deploy.network;

import org.bulwark.deploy.PlannerOptions;
import org.bulwark.deploy.Resource;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.bulwark.model.GaugeBreak;
import org.bulwark.model.LiftIncrements;
import org.bulwark.model.Link;
import org.bulwark.model.Mode;
import org.bulwark.model.MovementTimes;
import org.bulwark.model.NationRole;
import org.bulwark.model.Network;
import org.bulwark.model.Node;
import org.bulwark.model.NodeId;
import org.bulwark.model.RailGauge;
import org.bulwark.model.Reinforcement;
import org.bulwark.model.Scenario;
import org.bulwark.model.Unit;

/**
 * The static, int-indexed view of a scenario the planner searches over (deployment research §8):
 * a CSR graph with two arcs per link, resources as array indexes, the planning horizon cut into
 * periods, and the reinforcements as parallel arrays. Immutable after construction (but for the
 * transit bounds it caches, see {@link #transitLowerBound}) and shared by all threads.
 *
 * <p>Resource numbering: arc {@code a} (link {@code a / 2}, forward when even) is resource
 * {@code a}; the handling of node {@code v} is {@code 2·links + v}; the gauge break at node
 * {@code v} is {@code 2·links + nodes + g} for its index {@code g}.
 */
public final class PlanningNetwork {
    /** Tonnes below which a quantity counts as nothing (fills, residuals, elements). */
    public static final double EPS = 1e-7;

    private static final Mode[] MODES = Mode.values();
    public static final byte GAUGE_NONE = 0;
    public static final byte GAUGE_STANDARD = 1;
    public static final byte GAUGE_BROAD = 2;
    public static final byte GAUGE_DUAL = 3;

    public final Scenario scenario;
    public final double step;
    /** The lift element per mode ordinal (tonnes), and the most elements a unit is cut into per mode. */
    public final double[] modeElement;
    public final int maxElements;
    /** Handling hours per element and the road march day. */
    public final MovementTimes times;
    private final LiftIncrements increments;
    public final double horizon;
    public final int periods;

    // nodes
    public final int nodeCount;
    public final NodeId[] nodeIds;
    public final Map<NodeId, Integer> nodeIndex;
    /** Gauge-break resource at a node, or -1. */
    public final int[] gaugeBreakRes;
    public final double[] gaugeBreakHours;

    // arcs
    public final int arcCount;
    public final int[] arcTail;
    public final int[] arcHead;
    public final byte[] arcMode;
    public final byte[] arcGauge;
    public final double[] arcTransit;
    public final double[] arcWeightLimit;
    public final double[] arcKm;
    /** The least weight limit over arcs (for the planner's unit potential). */
    public final double leastArcWeightLimit;
    public final List<Link> links;
    /** CSR: the arcs leaving node v are outArcs[outStart[v] .. outStart[v+1]). */
    public final int[] outStart;
    public final int[] outArcs;
    /**
     * The arcs' attributes copied in CSR order: position {@code i} describes arc {@code outArcs[i]}
     * ({@code out…}) and its reverse twin {@code outArcs[i] ^ 1}, an arc into the same node
     * ({@code in…}). The searches scan a node's arcs through these in the same order as through
     * {@link #outArcs}, reading consecutive cells instead of one cell per arc in each of several
     * arc-indexed arrays.
     */
    public final int[] outHead;
    public final byte[] outMode;
    public final byte[] outGauge;
    public final double[] outTransit;
    public final double[] outWeightLimit;
    public final int[] inTail;
    public final double[] inTransit;
    public final double[] inWeightLimit;

    // resources
    public final int resourceCount;
    public final double[] capacityPerPeriod;
    public final double[] capacityPerDay;

    // reinforcements
    public final int unitCount;
    public final List<Reinforcement> reinforcements;
    public final Unit[] units;
    public final int[] home;
    public final int[] destination;
    public final double[] tonnes;
    public final double[] heaviest;
    public final double[] available;
    public final double[] required;
    public final int[] priority;

    /**
     * Per node: the uncongested transit-time lower bound to it (A* potential), built on first use
     * (the first plan at the large preset needs none; the bounds need one per destination). Any
     * thread may build one; the first stored is kept, and all are equal.
     */
    private final AtomicReferenceArray<double[]> toDestination;

    public PlanningNetwork(Scenario scenario, PlannerOptions options) {
        this.scenario = scenario;
        this.step = options.timeStepHours();
        Network network = scenario.network();
        modeElement = new double[MODES.length];
        for (Mode mode : MODES) {
            modeElement[mode.ordinal()] = network.increments().tonnes(mode);
        }
        maxElements = options.maxElements();
        times = network.times();
        increments = network.increments();
        List<Node> nodes = network.nodes();
        nodeCount = nodes.size();
        nodeIds = new NodeId[nodeCount];
        nodeIndex = new HashMap<>(nodeCount * 2);
        for (int v = 0; v < nodeCount; v++) {
            nodeIds[v] = nodes.get(v).id();
            nodeIndex.put(nodeIds[v], v);
        }

        // Allied movements never enter adversary territory (docs/deployment-model.md).
        boolean[] hostile = new boolean[nodeCount];
        for (int v = 0; v < nodeCount; v++) {
            hostile[v] = scenario.nation(nodes.get(v).nation())
                    .map(nation -> nation.role() == NationRole.ADVERSARY).orElse(false);
        }

        links = network.links();
        arcCount = 2 * links.size();
        arcTail = new int[arcCount];
        arcHead = new int[arcCount];
        arcMode = new byte[arcCount];
        arcGauge = new byte[arcCount];
        arcTransit = new double[arcCount];
        arcWeightLimit = new double[arcCount];
        arcKm = new double[arcCount];
        int[] outDegree = new int[nodeCount + 1];
        for (int l = 0; l < links.size(); l++) {
            Link link = links.get(l);
            int a = nodeIndex.get(link.from());
            int b = nodeIndex.get(link.to());
            byte gauge = gaugeCode(link.gauge());
            for (int dir = 0; dir < 2; dir++) {
                int arc = 2 * l + dir;
                arcTail[arc] = dir == 0 ? a : b;
                arcHead[arc] = dir == 0 ? b : a;
                arcMode[arc] = (byte) link.mode().ordinal();
                arcGauge[arc] = gauge;
                arcTransit[arc] = link.transitHours();
                // an item heavier than one lift element of the mode (a C-17 sortie, a train) cannot go by it
                arcWeightLimit[arc] = Math.min(link.weightLimitTonnes(), network.increments().maxItemTonnes(link.mode()));
                arcKm[arc] = link.distanceKm();
                if (!hostile[a] && !hostile[b]) {
                    outDegree[arcTail[arc] + 1]++;
                }
            }
        }
        outStart = new int[nodeCount + 1];
        for (int v = 0; v < nodeCount; v++) {
            outStart[v + 1] = outStart[v] + outDegree[v + 1];
        }
        outArcs = new int[outStart[nodeCount]];
        int[] fill = Arrays.copyOf(outStart, nodeCount);
        for (int arc = 0; arc < arcCount; arc++) {
            if (!hostile[arcTail[arc]] && !hostile[arcHead[arc]]) {
                outArcs[fill[arcTail[arc]]++] = arc;
            }
        }

        List<GaugeBreak> breaks = network.gaugeBreaks();
        resourceCount = arcCount + nodeCount + breaks.size();
        capacityPerDay = new double[resourceCount];
        for (int arc = 0; arc < arcCount; arc++) {
            capacityPerDay[arc] = links.get(arc / 2).capacityTonnesPerDay();
        }
        for (int v = 0; v < nodeCount; v++) {
            capacityPerDay[arcCount + v] = nodes.get(v).handlingTonnesPerDay();
        }
        gaugeBreakRes = new int[nodeCount];
        gaugeBreakHours = new double[nodeCount];
        Arrays.fill(gaugeBreakRes, -1);
        for (int g = 0; g < breaks.size(); g++) {
            GaugeBreak gb = breaks.get(g);
            int v = nodeIndex.get(gb.node());
            int res = arcCount + nodeCount + g;
            gaugeBreakRes[v] = res;
            gaugeBreakHours[v] = gb.transshipmentHours();
            capacityPerDay[res] = gb.capacityTonnesPerDay();
        }
        capacityPerPeriod = new double[resourceCount];
        for (int r = 0; r < resourceCount; r++) {
            capacityPerPeriod[r] = Double.isInfinite(capacityPerDay[r])
                    ? Double.POSITIVE_INFINITY : capacityPerDay[r] * step / 24.0;
        }

        int positions = outArcs.length;
        outHead = new int[positions];
        outMode = new byte[positions];
        outGauge = new byte[positions];
        outTransit = new double[positions];
        outWeightLimit = new double[positions];
        inTail = new int[positions];
        inTransit = new double[positions];
        inWeightLimit = new double[positions];
        for (int i = 0; i < positions; i++) {
            int arc = outArcs[i];
            int twin = arc ^ 1;
            outHead[i] = arcHead[arc];
            outMode[i] = arcMode[arc];
            outGauge[i] = arcGauge[arc];
            outTransit[i] = arcTransit[arc];
            outWeightLimit[i] = arcWeightLimit[arc];
            inTail[i] = arcTail[twin];
            inTransit[i] = arcTransit[twin];
            inWeightLimit[i] = arcWeightLimit[twin];
        }

        double leastWeight = Double.POSITIVE_INFINITY;
        for (int arc = 0; arc < arcCount; arc++) {
            leastWeight = Math.min(leastWeight, arcWeightLimit[arc]);
        }
        leastArcWeightLimit = leastWeight;

        reinforcements = scenario.reinforcements();
        unitCount = reinforcements.size();
        units = new Unit[unitCount];
        home = new int[unitCount];
        destination = new int[unitCount];
        tonnes = new double[unitCount];
        heaviest = new double[unitCount];
        available = new double[unitCount];
        required = new double[unitCount];
        priority = new int[unitCount];
        double latestRequired = 0;
        for (int u = 0; u < unitCount; u++) {
            Reinforcement r = reinforcements.get(u);
            Unit unit = scenario.unit(r.unit()).orElseThrow(() -> new IllegalArgumentException(
                    "reinforcement of unknown unit " + r.unit() + "\n    Maybe validate the scenario first"));
            units[u] = unit;
            // a unit drawing prepositioned equipment moves it from the draw site, once drawn
            home[u] = nodeIndex.getOrDefault(scenario.origin(r), -1);
            destination[u] = nodeIndex.getOrDefault(r.destination(), -1);
            tonnes[u] = unit.lift().tonnes();
            heaviest[u] = unit.heaviestItemTonnes();
            available[u] = scenario.equipmentReadyHour(r);
            required[u] = r.requiredHour();
            priority[u] = r.priority();
            latestRequired = Math.max(latestRequired, r.requiredHour());
        }
        horizon = Math.max(scenario.info().horizonHours(), latestRequired) * options.horizonFactor();
        periods = Math.max(1, (int) Math.ceil(horizon / step - 1e-9));
        toDestination = new AtomicReferenceArray<>(nodeCount);
    }

    private static byte gaugeCode(Optional<RailGauge> gauge) {
        if (gauge.isEmpty()) {
            return GAUGE_NONE;
        }
        return switch (gauge.get()) {
            case STANDARD_1435 -> GAUGE_STANDARD;
            case BROAD_1520 -> GAUGE_BROAD;
            case DUAL -> GAUGE_DUAL;
        };
    }

    /**
     * Hours to handle an element at a node: the unload of the arriving element ({@code inTonnes}, by
     * mode ordinal {@code from}) plus the load of the leaving one ({@code outTonnes}, onto mode
     * {@code to}); -1: the unit starts or ends there. A full element of a mode or more takes the mode's
     * hours and a smaller one its share ({@link MovementTimes#handlingHours(Mode, Mode, double, double,
     * org.bulwark.model.LiftIncrements)}).
     */
    public double handlingHours(int from, int to, double inTonnes, double outTonnes) {
        return times.handlingHours(from < 0 ? null : MODES[from], to < 0 ? null : MODES[to], inTonnes, outTonnes, increments);
    }

    /** The size of unit {@code u}'s elements on mode {@code mode}: the mode's element, at least tonnage ÷ maxElements, at most the tonnage. */
    public double element(int u, int mode) {
        double t = tonnes[u];
        return Math.min(t, Math.max(modeElement[mode], t / maxElements));
    }

    /** How many elements of {@code size} carry {@code total} tonnes (at least one). */
    public static int elements(double total, double size) {
        if (total <= EPS || size >= total) {
            return 1;
        }
        return Math.max(1, (int) Math.ceil(total / size - 1e-9));
    }

    public int handlingRes(int node) {
        return arcCount + node;
    }

    public boolean constrained(int res) {
        return capacityPerPeriod[res] != Double.POSITIVE_INFINITY;
    }

    public int period(double hour) {
        return hour <= 0 ? 0 : (int) Math.floor(hour / step);
    }

    /**
     * When a fill of {@code tonnes} on resource {@code res} from hour {@code t} completes with the
     * resource's full capacity in every period (a fill never takes more), as the model's fill, with
     * no horizon: the earliest any plan can complete it. Rounding down at a knife edge only makes it
     * earlier, so bounds built on it stay valid.
     */
    public double fillAlone(int res, double tonnes, double t) {
        double perPeriod = capacityPerPeriod[res];
        if (Double.isInfinite(perPeriod) || tonnes <= EPS) {
            return t;
        }
        int needed = Math.max(1, (int) Math.ceil((tonnes - EPS) / perPeriod - 1e-9));
        return Math.max(t, (period(t) + needed - 1) * step);
    }

    /** Transit hours to {@code d} from every node, ignoring capacity, weight and gauge: an admissible A* potential. */
    public double[] transitLowerBound(int d) {
        double[] bound = toDestination.get(d);
        if (bound == null) {
            toDestination.compareAndSet(d, null, reverseTransit(d));
            bound = toDestination.get(d);
        }
        return bound;
    }

    public double[] reverseTransit(int target) {
        double[] dist = new double[nodeCount];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        dist[target] = 0;
        MinHeap heap = new MinHeap(nodeCount);
        heap.push(0, target);
        while (!heap.isEmpty()) {
            double key = heap.peekKey();
            int v = heap.pop();
            if (key > dist[v]) {
                continue;
            }
            // arcs into v are the reverse twins of arcs out of v
            for (int i = outStart[v], end = outStart[v + 1]; i < end; i++) {
                int w = inTail[i];
                double nd = key + inTransit[i];
                if (nd < dist[w]) {
                    dist[w] = nd;
                    heap.push(nd, w);
                }
            }
        }
        return dist;
    }

    public Resource resource(int res) {
        if (res < arcCount) {
            Link link = links.get(res / 2);
            return Resource.link(link.id(), nodeIds[arcTail[res]], nodeIds[arcHead[res]]);
        }
        if (res < arcCount + nodeCount) {
            return Resource.handling(nodeIds[res - arcCount]);
        }
        return Resource.gaugeBreak(scenario.network().gaugeBreaks().get(res - arcCount - nodeCount).node());
    }

    public Mode mode(int arc) {
        return MODES[arcMode[arc]];
    }
}
