package org.bulwark.deploy;

import java.util.Arrays;

/**
 * A lower bound on weighted lateness from a Lagrangian relaxation of the per-period capacities of
 * a cut, with whole units (docs/deployment-model.md, "Lower bound and gap").
 *
 * <h2>The relaxed problem</h2>
 * A cut is the set of arcs from the source side {@code S} to the sink side of a minimum cut of
 * the allied network between the units' homes and their destinations, so every route from a home
 * (in {@code S}) to a destination (outside) crosses it; take each unit's <em>last</em> crossing,
 * over cut arc {@code a}. Before it the unit has been loaded at home and has travelled from home
 * to {@code tail(a)}, so it is ready there no earlier than its <em>head</em>
 * {@code h(u,a) = loaded(u) + transit(home → tail(a))} (uncongested transit, the home fill with
 * full capacity); after it, it still needs {@code t(u,a) = τ(a) + transit(head(a) → destination)}.
 * Its fill on {@code a} takes its whole {@code T_u} tonnes in periods {@code ≥ ⌊h/Δ⌋}, at most
 * {@code min(T_u, c_a)} in a period (a fill never takes more than the resource's capacity), and if
 * the last tonne is in period {@code k} the unit departs no earlier than {@code max(h, kΔ)}. So it
 * arrives no earlier than {@code max(C⁰_u, max(h, kΔ) + t)} ({@code C⁰_u}: its critical path),
 * which costs {@code f_u(a, k) = w_u · max(0, min(P, that) − R_u)}; a unit that never arrives costs
 * {@code w_u · max(0, P − R_u)} and takes nothing. The relaxed problem keeps only this: each unit
 * either never arrives or picks one cut arc, a last period {@code k} and a split of its tonnes
 * over periods {@code ⌊h/Δ⌋ … k}, and per cut arc and period all units together take at most
 * {@code c_a}. Every feasible plan gives such a choice (its last crossings, with the tonnes its
 * fills took there; dropping the other consumption only loosens capacity) of cost at most its
 * weighted lateness, so the relaxed optimum {@code OPT_R ≤ L} of every plan. The exact model of
 * the reference solvers (splits of a unit's tonnes, whole periods) is relaxed the same way.
 *
 * <h2>The Lagrangian</h2>
 * Pricing each cut arc and period with {@code λ[a][k] ≥ 0} and dropping the capacities gives
 * {@code L(λ) = Σ_u min(never_u, min_{a,k} f_u(a,k) + S_u(a,k)) − Σ λ[a][k]·c_a}, where
 * {@code S_u(a,k)} is the cheapest price of {@code T_u} tonnes over periods {@code ⌊h/Δ⌋ … k} at
 * most {@code min(T_u, c_a)} each (the cheapest periods in the window, the last one partly; the
 * minimum over a window that need not use period {@code k} itself is ≤ the one that must, which
 * keeps it a lower bound). Any relaxed solution satisfying the capacities costs at least
 * {@code L(λ)} (its price terms are ≤ {@code Σ λ·c}), so {@code L(λ) ≤ OPT_R ≤ L} for every
 * {@code λ ≥ 0}: each iterate is a valid bound and the best one is reported. The multipliers
 * follow projected subgradient steps with the Polyak step length towards the plan's objective
 * (Held, Wolfe and Crowder 1974; Fisher 1981), the step factor halved after rounds without
 * improvement; the number of iterations is a work budget, so the bound is deterministic.
 *
 * <p>This is the Lagrangian relaxation of the shared capacities in deployment research §8.4,
 * restricted to the capacities that every route must cross so that each unit's subproblem is a
 * scan over one arc's periods instead of a time-dependent path search.
 */
final class LagrangianCutBound {
    static final String METHOD = "lagrangian-cut";
    /** Rounds without a better bound after which the step factor is halved. */
    private static final int PATIENCE = 5;
    /** Step factor below which the steps no longer move the bound measurably: stop early. */
    private static final double MIN_FACTOR = 1.0 / 64;
    private static final double EPS = 1e-9;

    private final PlanningNetwork net;
    private final int periods;
    private final double step;
    private final double[] capacity;

    // units
    private final int[] units;
    private final double[] weight;
    private final double[] never;
    private final double[] critical;
    // options: CSR per unit, sorted by their cost at λ = 0
    private final int[] optStart;
    private final int[] optArc;
    private final double[] optHead;
    private final double[] optTail;
    private final int[] optFirst;
    /** Whole periods the fill needs at most: ⌈T / min(T, c)⌉. */
    private final int[] optPeriods;
    private final double[] optPerPeriod;
    private final double constant;

    // workspace
    private final double[] lambda;
    private final double[] use;
    private double[] heap = new double[16];
    private double[] sorted = new double[16];

    /**
     * @param cut   the arcs from the source side to the sink side of a cut separating every unit's home from its
     *              destination
     * @param group the units to bound, all planned (movable); those that cannot arrive within the horizon
     *              even alone count the horizon end and take no part in the relaxation
     */
    LagrangianCutBound(PlanningNetwork net, Preparation prep, int[] cut, int[] group) {
        this.net = net;
        this.periods = net.periods;
        this.step = net.step;
        capacity = new double[cut.length];
        for (int i = 0; i < cut.length; i++) {
            capacity[i] = net.capacityPerPeriod[cut[i]];
        }
        double[][] toTail = toTails(net, cut);
        int n = 0;
        double fixed = 0;
        int[] kept = new int[group.length];
        for (int u : group) {
            double c0 = prep.criticalArrival[u];
            if (c0 == Double.POSITIVE_INFINITY || c0 >= net.horizon) {
                fixed += lateness(u, net.horizon); // arrives at the horizon at best in every plan
            } else {
                kept[n++] = u;
            }
        }
        constant = fixed;
        units = Arrays.copyOf(kept, n);
        weight = new double[n];
        never = new double[n];
        critical = new double[n];
        optStart = new int[n + 1];
        int[] arcs = new int[n * cut.length];
        double[] heads = new double[arcs.length];
        double[] tails = new double[arcs.length];
        int count = 0;
        for (int i = 0; i < n; i++) {
            int u = units[i];
            weight[i] = 1.0 / net.priority[u];
            never[i] = lateness(u, net.horizon);
            critical[i] = prep.criticalArrival[u];
            double loaded = net.fillAlone(net.handlingRes(net.home[u]), net.tonnes[u], net.available[u]);
            double[] toDestination = net.transitLowerBound(net.destination[u]);
            int from = count;
            for (int c = 0; c < cut.length; c++) {
                int arc = cut[c];
                double head = loaded + toTail[c][net.home[u]];
                double tail = net.arcTransit[arc] + toDestination[net.arcHead[arc]];
                if (net.arcWeightLimit[arc] < net.heaviest[u] || Double.isInfinite(head) || Double.isInfinite(tail)) {
                    continue;
                }
                arcs[count] = c;
                heads[count] = head;
                tails[count] = tail;
                count++;
            }
            sortOptions(i, from, count, arcs, heads, tails);
            optStart[i + 1] = count;
        }
        optArc = Arrays.copyOf(arcs, count);
        optHead = Arrays.copyOf(heads, count);
        optTail = Arrays.copyOf(tails, count);
        optFirst = new int[count];
        optPeriods = new int[count];
        optPerPeriod = new double[count];
        for (int i = 0; i < n; i++) {
            double tonnes = net.tonnes[units[i]];
            for (int o = optStart[i]; o < optStart[i + 1]; o++) {
                double perPeriod = Math.min(tonnes, capacity[optArc[o]]);
                optFirst[o] = net.period(optHead[o]);
                optPerPeriod[o] = perPeriod;
                optPeriods[o] = tonnes <= Residuals.EPS ? 0 : (int) Math.ceil(tonnes / perPeriod - EPS);
            }
        }
        lambda = new double[cut.length * periods];
        use = new double[lambda.length];
    }

    /** Weighted lateness of arriving at {@code arrival}, counted to the horizon end at most. */
    private double lateness(int u, double arrival) {
        return Math.max(0, Math.min(net.horizon, arrival) - net.required[u]) / net.priority[u];
    }

    /** The model's fill on the empty network (as {@link Residuals#fillEmpty}). */
    /** Uncongested transit from every node to the tail of each cut arc (one reverse search per distinct tail). */
    private static double[][] toTails(PlanningNetwork net, int[] cut) {
        double[][] result = new double[cut.length][];
        double[][] byNode = new double[net.nodeCount][];
        for (int c = 0; c < cut.length; c++) {
            int v = net.arcTail[cut[c]];
            if (byNode[v] == null) {
                byNode[v] = net.reverseTransit(v);
            }
            result[c] = byNode[v];
        }
        return result;
    }

    /** Orders unit i's options by their cost with no prices (then by cut index), so the scan can stop early. */
    private void sortOptions(int i, int from, int to, int[] arcs, double[] heads, double[] tails) {
        int u = units[i];
        double tonnes = net.tonnes[u];
        Integer[] order = new Integer[to - from];
        double[] key = new double[to - from];
        for (int j = 0; j < order.length; j++) {
            order[j] = j;
            int c = arcs[from + j];
            double perPeriod = Math.min(tonnes, capacity[c]);
            int first = net.period(heads[from + j]);
            int last = first + Math.max(0, (int) Math.ceil(tonnes / perPeriod - EPS) - 1);
            key[j] = cost(i, heads[from + j], tails[from + j], last);
        }
        Arrays.sort(order, (x, y) -> {
            int cmp = Double.compare(key[x], key[y]);
            return cmp != 0 ? cmp : Integer.compare(arcs[from + x], arcs[from + y]);
        });
        int[] a = new int[order.length];
        double[] h = new double[order.length];
        double[] t = new double[order.length];
        for (int j = 0; j < order.length; j++) {
            a[j] = arcs[from + order[j]];
            h[j] = heads[from + order[j]];
            t[j] = tails[from + order[j]];
        }
        System.arraycopy(a, 0, arcs, from, a.length);
        System.arraycopy(h, 0, heads, from, h.length);
        System.arraycopy(t, 0, tails, from, t.length);
    }

    /** f_u(a, k): unit i's weighted lateness when its last tonne over the cut arc is in period k. */
    private double cost(int i, double head, double tail, int k) {
        double arrival = Math.max(critical[i], Math.max(head, k * step) + tail);
        return weight[i] * Math.max(0, Math.min(net.horizon, arrival) - net.required[units[i]]);
    }

    /**
     * The best {@code L(λ)} found in at most {@code iterations} subgradient steps aimed at
     * {@code target} (an upper bound such as the plan's weighted lateness). The steps stop early when
     * the bound reaches the target, when the subgradient vanishes (the relaxed optimum is reached)
     * or when the step factor, halved after every {@value #PATIENCE} rounds without a better bound,
     * has fallen below 1/64.
     */
    double solve(int iterations, double target) {
        Arrays.fill(lambda, 0);
        double best = Double.NEGATIVE_INFINITY;
        double factor = 1;
        int stale = 0;
        for (int it = 0; it <= iterations; it++) {
            double value = evaluate(true);
            if (it == 0 || value > best + EPS * Math.max(1, Math.abs(best))) {
                best = value;
                stale = 0;
            } else if (++stale >= PATIENCE) {
                factor /= 2;
                stale = 0;
            }
            if (it == iterations || factor < MIN_FACTOR || best >= target - EPS * Math.max(1, target)) {
                break;
            }
            double norm = 0;
            for (int j = 0; j < lambda.length; j++) {
                double g = use[j] - capacity[j / periods];
                if (lambda[j] > 0 || g > 0) {
                    norm += g * g;
                }
            }
            if (norm == 0) {
                break; // the relaxed optimum meets every capacity: L(λ) is the relaxed optimum
            }
            double length = factor * Math.max(target - value, EPS * Math.max(1, target)) / norm;
            for (int j = 0; j < lambda.length; j++) {
                double g = use[j] - capacity[j / periods];
                lambda[j] = Math.max(0, lambda[j] + length * g);
            }
        }
        return best;
    }

    /** L(λ) at the current multipliers; with {@code record}, each unit's chosen consumption goes to {@code use}. */
    double evaluate(boolean record) {
        if (record) {
            Arrays.fill(use, 0);
        }
        double total = constant;
        for (int j = 0; j < lambda.length; j++) {
            total -= lambda[j] * capacity[j / periods];
        }
        for (int i = 0; i < units.length; i++) {
            total += subproblem(i, record);
        }
        return total;
    }

    /** Unit i's cheapest choice at the current prices; records its consumption when asked. */
    private double subproblem(int i, boolean record) {
        double tonnes = net.tonnes[units[i]];
        double best = never[i];
        int bestOption = -1;
        int bestPeriod = -1;
        for (int o = optStart[i]; o < optStart[i + 1]; o++) {
            int first = optFirst[o];
            int q = optPeriods[o];
            int earliest = first + Math.max(0, q - 1);
            if (earliest >= periods) {
                continue;
            }
            double head = optHead[o];
            double tail = optTail[o];
            if (cost(i, head, tail, earliest) >= best) {
                // options are sorted by this cost, and prices only add
                break;
            }
            if (q == 0) {
                best = cost(i, head, tail, first);
                bestOption = o;
                bestPeriod = first;
                continue;
            }
            double m = optPerPeriod[o];
            double partial = m * q - tonnes; // the q-th cheapest period carries m − partial
            int base = optArc[o] * periods;
            if (heap.length < q) {
                heap = new double[Math.max(q, heap.length * 2)];
            }
            int size = 0;
            double sum = 0;
            for (int k = first; k < periods; k++) {
                double f = cost(i, head, tail, k);
                if (f >= best) {
                    break;
                }
                double price = lambda[base + k];
                if (size < q) {
                    sum += price;
                    siftUp(size++, price);
                } else if (price < heap[0]) {
                    sum += price - heap[0];
                    siftDown(size, price);
                }
                if (size == q) {
                    double value = f + m * sum - partial * heap[0];
                    if (value < best) {
                        best = value;
                        bestOption = o;
                        bestPeriod = k;
                    }
                }
            }
        }
        if (record && bestOption >= 0 && optPeriods[bestOption] > 0) {
            recordUse(bestOption, bestPeriod, tonnes);
        }
        return best;
    }

    /**
     * Adds to {@code use} the cheapest split of option o's tonnes over periods {@code first … last}:
     * whole periods in order of price, ties to the earliest, the last one partly.
     */
    private void recordUse(int o, int last, double tonnes) {
        int first = optFirst[o];
        int base = optArc[o] * periods;
        int len = last - first + 1;
        double m = optPerPeriod[o];
        int q = optPeriods[o];
        if (sorted.length < len) {
            sorted = new double[Math.max(len, sorted.length * 2)];
        }
        System.arraycopy(lambda, base + first, sorted, 0, len);
        Arrays.sort(sorted, 0, len);
        double threshold = sorted[q - 1]; // the price of the q-th cheapest period
        double left = tonnes;
        for (int k = first; k <= last && left > Residuals.EPS; k++) {
            if (lambda[base + k] < threshold) {
                double take = Math.min(m, left);
                use[base + k] += take;
                left -= take;
            }
        }
        for (int k = first; k <= last && left > Residuals.EPS; k++) {
            if (lambda[base + k] == threshold) {
                double take = Math.min(m, left);
                use[base + k] += take;
                left -= take;
            }
        }
    }

    // max-heap on heap[0 .. size)
    private void siftUp(int index, double value) {
        int i = index;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heap[parent] >= value) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = value;
    }

    /** Replaces the top with {@code value} and restores the heap of {@code size}. */
    private void siftDown(int size, double value) {
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && heap[child + 1] > heap[child]) {
                child++;
            }
            if (heap[child] <= value) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = value;
    }
}
