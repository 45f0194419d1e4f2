package org.bulwark.deploy;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.bulwark.model.Scenario;

/**
 * A lower bound on weighted lateness from a Lagrangian relaxation of <em>every</em> shared
 * capacity of the network — each arc, node handling and gauge break, per period — with units kept
 * whole on one route each (docs/deployment-model.md, "Lower bound and gap").
 *
 * <h2>The relaxed set of one unit</h2>
 * {@code X_u}: a route of the planner's state graph (same arcs, weight limits, mode changes with
 * handling, gauge changes only at a gauge break, the home load and the destination unload), and at
 * each resource the route passes from ready hour {@code t}, <em>any</em> split of the unit's
 * {@code T_u} tonnes over periods {@code ≥ ⌊t/Δ⌋}, at most the resource's capacity per period in
 * each; if its last tonne is in period {@code k} the step completes at {@code max(t, kΔ)}, then
 * transit and transshipment hours follow as in the model. A unit may also never arrive
 * ({@code w·max(0, P − R)}, nothing consumed). Every plan's movement of {@code u} is in
 * {@code X_u} (a fill takes residuals, which are at most the capacity, from the ready period on),
 * and so is every unit of the exact CP-SAT model (any split, whole periods).
 *
 * <h2>Weak duality</h2>
 * With prices {@code λ[r][k] ≥ 0}, {@code sub_u(λ) = min over X_u of (w_u·late + Σ λ·x)} and
 * {@code L(λ) = Σ_u sub_u(λ) − Σ λ[r][k]·c_r}. For a plan, {@code Σ_u x_u[r][k] ≤ c_r}, so its
 * lateness {@code = Σ_u (w_u·late_u + λ·x_u) − λ·Σ_u x_u ≥ Σ_u sub_u(λ) − λ·c = L(λ)}: every
 * {@code λ ≥ 0} gives a valid bound, and the best iterate is reported.
 *
 * <h2>The subproblem</h2>
 * Solved exactly by label setting over (node, arriving substate, phase) in order of time: a fill
 * on a priced resource yields one label per completion period at which the cheapest price of
 * {@code T_u} tonnes over the window (cheapest periods, the last one partly) strictly drops, an
 * unpriced one the single earliest completion. An earlier label dominates a later one at the same
 * state when it is not dearer (a fill from an earlier hour has a larger window and completes no
 * later), so one scalar per state — the least cost settled there — prunes every dominated label;
 * labels whose cost plus the lateness of the unit's A* potential cannot beat the best found are
 * dropped. Multipliers follow projected subgradient steps with the Polyak length towards a target
 * (the plan's objective), the factor halved after rounds without a better bound (Held, Wolfe and
 * Crowder 1974; Fisher 1981).
 */
public final class NetworkLagrangianBound {
    /** The method's name in {@link Bound#method()}. */
    public static final String METHOD = "network-lagrangian";
    private static final int PATIENCE = 5;
    /** Labels one subproblem may create before it settles for a lower bound (about 80 MB of labels). */
    private static final int LABEL_CAP = 1 << 21;
    /**
     * Share of the gap between the best bound and the target that a step aims to close: the full
     * Polyak length towards the plan's objective overshoots by orders of magnitude at medium (the
     * first step prices 8,000 weighted hours of capacity the units then simply avoid).
     */
    private static final double AIM = 0.05;
    private static final double MIN_FACTOR = 1.0 / 256;
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final int PHASES = 3;
    private static final int ARRIVED = 0;
    private static final int HANDLED = 1;
    private static final int TRANSSHIPPED = 2;
    private static final int START = 0;
    private static final int RAIL = 1;
    private static final int[] MODE_OF = {-1, 0, 2, 3, 1, 1, 1};

    /**
     * The outcome of a run.
     *
     * @param weightedLateHours the best {@code L(λ)} found (0 when no unit can be late)
     * @param atZero            {@code L(0)}: every unit alone on the network with this relaxed fill
     * @param iterations        subproblem rounds completed (each is one full {@code L(λ)})
     * @param stoppedEarly      whether {@code stop} ended the run before the iteration budget
     */
    public record Result(double weightedLateHours, double atZero, int iterations, boolean stoppedEarly) {
        /** The bound on weighted lateness (closure is not bounded by this method: 0). */
        public Bound bound() {
            return new Bound(weightedLateHours, 0, METHOD);
        }
    }

    private final PlanningNetwork net;
    private final Preparation prep;
    private final int periods;
    private final double step;
    private final int[] units;
    private final double[] lambda;
    private final boolean[] priced;
    private final double[] use;

    // search workspace
    private final double[] best;
    private final int[] bestStamp;
    private int generation;
    private double[] lTime = new double[1024];
    private double[] lCost = new double[1024];
    private int[] lState = new int[1024];
    private int[] lParent = new int[1024];
    private int[] lRes = new int[1024];
    private double[] lStart = new double[1024];
    private int[] lLast = new int[1024];
    private int labels;
    /** Labels popped, over all subproblems: the search asks {@code stop} every 1,024. */
    private long pops;
    private int[] heap = new int[1024];
    private int heapSize;
    // fill options
    private double[] optTime = new double[64];
    private double[] optCost = new double[64];
    private int[] optLast = new int[64];
    private double[] kept = new double[64];
    private Integer[] order = new Integer[64];

    NetworkLagrangianBound(PlanningNetwork net, Preparation prep) {
        this.net = net;
        this.prep = prep;
        this.periods = net.periods;
        this.step = net.step;
        int movable = 0;
        for (int u = 0; u < net.unitCount; u++) {
            if (prep.fixedOutcome[u] == UnitPlan.PLANNED) {
                movable++;
            }
        }
        units = new int[movable];
        int i = 0;
        for (int u = 0; u < net.unitCount; u++) {
            if (prep.fixedOutcome[u] == UnitPlan.PLANNED) {
                units[i++] = u;
            }
        }
        lambda = new double[net.resourceCount * periods];
        use = new double[net.resourceCount * periods];
        priced = new boolean[net.resourceCount];
        int states = net.nodeCount * ArrivalSearch.SUBSTATES * PHASES;
        best = new double[states];
        bestStamp = new int[states];
    }

    /**
     * The bound for {@code scenario} planned with {@code options}: at most {@code iterations}
     * subgradient rounds towards {@code target} (the plan's weighted lateness), stopping early
     * when {@code stop} says so (checked after every unit; the clock stays with the caller).
     */
    public static Result compute(Scenario scenario, PlannerOptions options, double target, int iterations,
                                 BooleanSupplier stop) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(stop, "stop");
        if (iterations < 1 || !(target >= 0)) {
            throw new IllegalArgumentException("iterations must be >= 1 and the target >= 0, were " + iterations + ", " + target);
        }
        PlanningNetwork net = new PlanningNetwork(scenario, options);
        Preparation prep = new Preparation(net, options.threads());
        return new NetworkLagrangianBound(net, prep).solve(iterations, target, stop);
    }

    Result solve(int iterations, double target, BooleanSupplier stop) {
        double bestBound = 0;
        double atZero = 0;
        double factor = 1;
        int sinceBetter = 0;
        int done = 0;
        boolean stopped = false;
        for (int it = 0; it < iterations; it++) {
            Arrays.fill(use, 0);
            for (int r = 0; r < net.resourceCount; r++) {
                priced[r] = false;
            }
            double priceOfCapacity = 0;
            for (int r = 0; r < net.resourceCount; r++) {
                if (!net.constrained(r)) {
                    continue;
                }
                double cap = net.capacityPerPeriod[r];
                for (int k = 0, base = r * periods; k < periods; k++) {
                    double l = lambda[base + k];
                    if (l > 0) {
                        priced[r] = true;
                        priceOfCapacity += l * cap;
                    }
                }
            }
            double sum = 0;
            for (int u : units) {
                sum += subproblem(u, stop);
                if (stop.getAsBoolean()) {
                    stopped = true;
                    break;
                }
            }
            if (stopped) {
                break;
            }
            done++;
            double value = sum - priceOfCapacity;
            if (it == 0) {
                atZero = value;
            }
            if (value > bestBound + 1e-9) {
                bestBound = value;
                sinceBetter = 0;
            } else if (++sinceBetter >= PATIENCE) {
                factor /= 2;
                sinceBetter = 0;
                if (factor < MIN_FACTOR) {
                    break;
                }
            }
            if (target - bestBound <= 1e-9) {
                break;
            }
            // projected subgradient: g = use − capacity where it moves λ
            double norm = 0;
            for (int r = 0; r < net.resourceCount; r++) {
                if (!net.constrained(r)) {
                    continue;
                }
                double cap = net.capacityPerPeriod[r];
                for (int k = 0, base = r * periods; k < periods; k++) {
                    double g = use[base + k] - cap;
                    if (g > 0 || lambda[base + k] > 0) {
                        norm += g * g;
                    }
                }
            }
            if (norm <= 1e-12) {
                break; // λ is optimal for this relaxation: no capacity is overused and no price is slack
            }
            double aim = bestBound + AIM * (target - bestBound);
            double length = factor * Math.max(aim - value, 1e-6 * Math.max(1, target)) / norm;
            for (int r = 0; r < net.resourceCount; r++) {
                if (!net.constrained(r)) {
                    continue;
                }
                double cap = net.capacityPerPeriod[r];
                for (int k = 0, base = r * periods; k < periods; k++) {
                    double g = use[base + k] - cap;
                    if (g > 0 || lambda[base + k] > 0) {
                        lambda[base + k] = Math.max(0, lambda[base + k] + length * g);
                    }
                }
            }
        }
        return new Result(Math.max(0, bestBound), Math.max(0, atZero), done, stopped);
    }

    /**
     * {@code sub_u(λ)}, adding the consumption of its best element to {@link #use}. When the search
     * exceeds {@link #LABEL_CAP} labels or {@code stop} says so, it returns a lower bound on
     * {@code sub_u(λ)} instead (the best found or the least lower bound of a label still queued, through
     * one of which every better element passes), which keeps {@code L(λ)} a valid bound, and adds no
     * consumption.
     */
    double subproblem(int u, BooleanSupplier stop) {
        PlanningNetwork n = net;
        double w = 1.0 / n.priority[u];
        double required = n.required[u];
        double horizon = n.horizon;
        double incumbent = w * Math.max(0, horizon - required); // never arrives
        double[] h = prep.potential[u];
        int home = n.home[u];
        int dest = n.destination[u];
        double tonnes = n.tonnes[u];
        if (h == null || h[home] == INF || Double.isInfinite(prep.criticalArrival[u])) {
            return incumbent;
        }
        int gen = ++generation;
        if (gen == Integer.MAX_VALUE) {
            Arrays.fill(bestStamp, 0);
            generation = gen = 1;
        }
        labels = 0;
        heapSize = 0;
        int bestLabel = -1;
        int count = options(n.handlingRes(home), tonnes, n.available[u]);
        for (int o = 0; o < count; o++) {
            offer(state(home, START, ARRIVED), optTime[o], optCost[o], -1, n.handlingRes(home), n.available[u], optLast[o],
                    h[home], w, required, incumbent);
        }
        while (heapSize > 0) {
            if (labels > LABEL_CAP || (++pops & 1023) == 0 && stop.getAsBoolean()) {
                return Math.min(incumbent, queuedLowerBound(h, w, required));
            }
            int label = pop();
            int state = lState[label];
            double t = lTime[label];
            double c = lCost[label];
            if (bestStamp[state] == gen && c >= best[state] - 1e-12) {
                continue;
            }
            int y = state / (ArrivalSearch.SUBSTATES * PHASES);
            int sub = state / PHASES % ArrivalSearch.SUBSTATES;
            int phase = state % PHASES;
            if (c + w * Math.max(0, t + h[y] - required) >= incumbent) {
                continue;
            }
            bestStamp[state] = gen;
            best[state] = c;
            if (phase == ARRIVED && y == dest && sub != START) {
                int d = n.handlingRes(dest);
                count = options(d, tonnes, t);
                for (int o = 0; o < count; o++) {
                    double in = optTime[o];
                    if (in > horizon) {
                        continue;
                    }
                    double total = c + optCost[o] + w * Math.max(0, in - required);
                    if (total < incumbent) {
                        incumbent = total;
                        bestLabel = push(-1, in, c + optCost[o], label, d, t, optLast[o]);
                    }
                }
            }
            expand(u, label, y, sub, phase, t, c, h, w, required, incumbent);
        }
        // consumption of the best element
        for (int l = bestLabel; l >= 0; l = lParent[l]) {
            if (lRes[l] >= 0) {
                spread(lRes[l], tonnes, lStart[l], lLast[l]);
            }
        }
        return incumbent;
    }

    /** The least {@code cost + w·max(0, time + potential − R)} of the labels still queued. */
    private double queuedLowerBound(double[] h, double w, double required) {
        double least = INF;
        for (int i = 0; i < heapSize; i++) {
            int l = heap[i];
            int y = lState[l] / (ArrivalSearch.SUBSTATES * PHASES);
            least = Math.min(least, lCost[l] + w * Math.max(0, lTime[l] + h[y] - required));
        }
        return least;
    }

    private void expand(int u, int label, int y, int sub, int phase, double t, double c, double[] h, double w,
                        double required, double incumbent) {
        PlanningNetwork n = net;
        double heaviest = n.heaviest[u];
        double tonnes = n.tonnes[u];
        int mode = MODE_OF[sub];
        boolean needsHandling = false;
        for (int i = n.outStart[y], end = n.outStart[y + 1]; i < end; i++) {
            int e = n.outArcs[i];
            if (n.arcWeightLimit[e] < heaviest) {
                continue;
            }
            int z = n.arcHead[e];
            if (h[z] == INF) {
                continue;
            }
            int m2 = n.arcMode[e];
            byte g2 = n.arcGauge[e];
            int nextSub;
            if (phase == TRANSSHIPPED) {
                if (m2 != RAIL || railSub(g2) != sub || g2 == PlanningNetwork.GAUGE_DUAL) {
                    continue;
                }
                nextSub = sub;
            } else if (phase == HANDLED) {
                if (mode == m2) {
                    // a gauge change: the gauge break after the handling
                    if (gaugeChange(sub, m2, g2) && n.gaugeBreakRes[y] >= 0) {
                        int gb = n.gaugeBreakRes[y];
                        int count = options(gb, tonnes, t);
                        for (int o = 0; o < count; o++) {
                            offer(state(y, railSub(g2), TRANSSHIPPED), optTime[o] + n.gaugeBreakHours[y], c + optCost[o],
                                    label, gb, t, optLast[o], h[y], w, required, incumbent);
                        }
                    }
                    continue;
                }
                nextSub = subFor(m2, g2);
            } else if (sub == START) {
                nextSub = subFor(m2, g2);
            } else if (mode != m2 || gaugeChange(sub, m2, g2)) {
                needsHandling = true;
                continue;
            } else {
                nextSub = m2 == RAIL && g2 != PlanningNetwork.GAUGE_DUAL ? railSub(g2) : sub;
            }
            double transit = n.arcTransit[e];
            int count = options(e, tonnes, t);
            for (int o = 0; o < count; o++) {
                offer(state(z, nextSub, ARRIVED), optTime[o] + transit, c + optCost[o], label, e, t, optLast[o], h[z], w,
                        required, incumbent);
            }
        }
        if (needsHandling) {
            int res = n.handlingRes(y);
            int count = options(res, tonnes, t);
            for (int o = 0; o < count; o++) {
                offer(state(y, sub, HANDLED), optTime[o], c + optCost[o], label, res, t, optLast[o], h[y], w, required,
                        incumbent);
            }
        }
    }

    private static boolean gaugeChange(int sub, int m2, byte g2) {
        return m2 == RAIL && g2 != PlanningNetwork.GAUGE_DUAL && sub != 4 && sub != railSub(g2);
    }

    private static int railSub(byte gauge) {
        return switch (gauge) {
            case PlanningNetwork.GAUGE_STANDARD -> 5;
            case PlanningNetwork.GAUGE_BROAD -> 6;
            default -> 4;
        };
    }

    private static int subFor(int mode, byte gauge) {
        return switch (mode) {
            case 0 -> 1;
            case 1 -> railSub(gauge);
            case 2 -> 2;
            default -> 3;
        };
    }

    private static int state(int node, int sub, int phase) {
        return (node * ArrivalSearch.SUBSTATES + sub) * PHASES + phase;
    }

    private void offer(int state, double t, double c, int parent, int res, double start, int last, double remaining,
                       double w, double required, double incumbent) {
        if (t + remaining > net.horizon) {
            return;
        }
        if (bestStamp[state] == generation && c >= best[state] - 1e-12) {
            return; // a label settled there was no later and no dearer
        }
        if (c + w * Math.max(0, t + remaining - required) >= incumbent) {
            return;
        }
        int l = push(state, t, c, parent, res, start, last);
        heapPush(l);
    }

    private int push(int state, double t, double c, int parent, int res, double start, int last) {
        if (labels == lTime.length) {
            int size = labels * 2;
            lTime = Arrays.copyOf(lTime, size);
            lCost = Arrays.copyOf(lCost, size);
            lState = Arrays.copyOf(lState, size);
            lParent = Arrays.copyOf(lParent, size);
            lRes = Arrays.copyOf(lRes, size);
            lStart = Arrays.copyOf(lStart, size);
            lLast = Arrays.copyOf(lLast, size);
        }
        int l = labels++;
        lTime[l] = t;
        lCost[l] = c;
        lState[l] = state;
        lParent[l] = parent;
        lRes[l] = net.constrained(res) ? res : -1;
        lStart[l] = start;
        lLast[l] = last;
        return l;
    }

    /**
     * The Pareto options of a fill of {@code tonnes} on {@code res} from hour {@code t} into
     * {@link #optTime}/{@link #optCost}/{@link #optLast}: for each last period at which the cheapest
     * price over the window strictly drops, the completion {@code max(t, kΔ)} and that price.
     */
    private int options(int res, double tonnes, double t) {
        if (!net.constrained(res) || tonnes <= Residuals.EPS) {
            optTime[0] = t;
            optCost[0] = 0;
            optLast[0] = -1;
            return 1;
        }
        int k0 = net.period(t);
        if (k0 >= periods) {
            return 0;
        }
        double cap = net.capacityPerPeriod[res];
        // whole periods needed, with the tolerance of Residuals.fillEmpty (rounding down only helps the bound)
        int needed = Math.max(1, (int) Math.ceil((tonnes - Residuals.EPS) / cap - 1e-9));
        if (!priced[res]) {
            long last = (long) k0 + needed - 1;
            if (last >= periods) {
                return 0;
            }
            optTime[0] = Math.max(t, last * step);
            optCost[0] = 0;
            optLast[0] = (int) last;
            return 1;
        }
        double part = Math.min(cap, tonnes - (needed - 1) * cap);
        // max-heap of the `needed` smallest prices seen
        if (kept.length < needed + 1) {
            kept = new double[Math.max(needed + 1, kept.length * 2)];
        }
        int size = 0;
        double sum = 0;
        int count = 0;
        double last = INF;
        int base = res * periods;
        for (int k = k0; k < periods; k++) {
            double p = lambda[base + k];
            if (size < needed) {
                kept[size] = p;
                siftUp(size++);
                sum += p;
            } else if (p < kept[0]) {
                sum += p - kept[0];
                kept[0] = p;
                siftDown(size);
            }
            if (size < needed) {
                continue;
            }
            double max = kept[0];
            double cost = cap * (sum - max) + part * max;
            if (cost < last - 1e-12) {
                if (count == optTime.length) {
                    optTime = Arrays.copyOf(optTime, count * 2);
                    optCost = Arrays.copyOf(optCost, count * 2);
                    optLast = Arrays.copyOf(optLast, count * 2);
                }
                optTime[count] = Math.max(t, k * step);
                optCost[count] = Math.max(0, cost);
                optLast[count] = k;
                count++;
                last = cost;
                if (cost <= 0) {
                    break;
                }
            }
        }
        return count;
    }

    private void siftUp(int i) {
        double v = kept[i];
        while (i > 0) {
            int p = (i - 1) >>> 1;
            if (kept[p] >= v) {
                break;
            }
            kept[i] = kept[p];
            i = p;
        }
        kept[i] = v;
    }

    private void siftDown(int size) {
        double v = kept[0];
        int i = 0;
        while (true) {
            int c = 2 * i + 1;
            if (c >= size) {
                break;
            }
            if (c + 1 < size && kept[c + 1] > kept[c]) {
                c++;
            }
            if (kept[c] <= v) {
                break;
            }
            kept[i] = kept[c];
            i = c;
        }
        kept[i] = v;
    }

    /** Adds the cheapest split of {@code tonnes} over periods {@code ⌊start/Δ⌋ … last} to {@link #use}. */
    private void spread(int res, double tonnes, double start, int last) {
        int k0 = net.period(start);
        int span = last - k0 + 1;
        if (order.length < span) {
            order = new Integer[Math.max(span, order.length * 2)];
        }
        for (int i = 0; i < span; i++) {
            order[i] = k0 + i;
        }
        int base = res * periods;
        Arrays.sort(order, 0, span, (a, b) -> {
            int c = Double.compare(lambda[base + a], lambda[base + b]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        double cap = net.capacityPerPeriod[res];
        double left = tonnes;
        for (int i = 0; i < span && left > Residuals.EPS; i++) {
            double take = Math.min(cap, left);
            use[base + order[i]] += take;
            left -= take;
        }
    }

    // heap of labels by (time, cost, index)

    private boolean before(int a, int b) {
        int c = Double.compare(lTime[a], lTime[b]);
        if (c != 0) {
            return c < 0;
        }
        c = Double.compare(lCost[a], lCost[b]);
        return c != 0 ? c < 0 : a < b;
    }

    private void heapPush(int l) {
        if (heapSize == heap.length) {
            heap = Arrays.copyOf(heap, heapSize * 2);
        }
        int i = heapSize++;
        while (i > 0) {
            int p = (i - 1) >>> 1;
            if (!before(l, heap[p])) {
                break;
            }
            heap[i] = heap[p];
            i = p;
        }
        heap[i] = l;
    }

    private int pop() {
        int top = heap[0];
        int l = heap[--heapSize];
        int i = 0;
        while (true) {
            int c = 2 * i + 1;
            if (c >= heapSize) {
                break;
            }
            if (c + 1 < heapSize && before(heap[c + 1], heap[c])) {
                c++;
            }
            if (!before(heap[c], l)) {
                break;
            }
            heap[i] = heap[c];
            i = c;
        }
        heap[i] = l;
        return top;
    }
}
