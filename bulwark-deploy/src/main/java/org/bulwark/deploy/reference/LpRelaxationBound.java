package org.bulwark.deploy.reference;

import com.google.ortools.Loader;
import com.google.ortools.modelbuilder.ModelBuilder;
import com.google.ortools.modelbuilder.ModelSolver;
import com.google.ortools.modelbuilder.SolveStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bulwark.deploy.Bound;
import org.bulwark.deploy.PlannerOptions;
import org.bulwark.deploy.reference.DeploymentInstance.StateKind;
import org.bulwark.deploy.reference.DeploymentInstance.Task;
import org.bulwark.model.Scenario;

/**
 * A lower bound on the first two objective levels of docs/deployment-model.md from the linear
 * relaxation of a time-expanded multicommodity flow, solved with OR-Tools GLOP.
 *
 * <h2>The linear program</h2>
 * Periods of {@code Δ' = m·Δ} hours ({@code m} = 1, 2 or 4, see below) cover the planning horizon
 * {@code P}. The flow runs over the state graph of {@link DeploymentInstance} (states (node, mode,
 * gauge), so a mode change costs handling and a gauge change happens only at a gauge break, with
 * its handling then its transshipment). Units are grouped into <em>commodities</em>: by
 * (destination, weight class) when the model fits its size cap, else by destination, else one
 * commodity for all. For each commodity {@code c}, state {@code s} and period {@code k} there is a
 * conservation row (tonnes in + supply ≥ tonnes out: tonnes may be dropped, they then count as never
 * arriving); an edge variable {@code x[c,e,k]} takes tonnes from {@code s} in period {@code k},
 * consumes the edge's resource in period {@code k} and delivers them in period
 * {@code max(k + ⌊delay/Δ'⌋, e_c(head))}, where {@code e_c(v) = ⌊earliest_c(v)/Δ'⌋} is the period of
 * the commodity's earliest possible ready time at {@code v} with the network to itself; holdover
 * variables let tonnes wait. Per resource and period, the sum over commodities ≤ capacity·Δ'/24.
 * A unit's tonnes are supplied at its home's origin state in period {@code ⌊a/Δ'⌋}. Tonnes unloaded
 * at destination {@code d} in period {@code k} are assigned to the commodity's units bound for
 * {@code d} ({@code z[u,k]}, {@code k ≥ ⌊earliest unload start of u / Δ'⌋}); a unit needs
 * {@code Σ_k z[u,k] + never[u] = T_u}; per tonne the cost is
 * {@code w_u · max(0, min(P, max(kΔ', C⁰_u)) − R_u) / T_u}, and {@code w_u·max(0, P − R_u)/T_u} for
 * a tonne that never arrives ({@code C⁰_u} is the unit's critical-path arrival).
 *
 * <h2>Why the optimum is a lower bound</h2>
 * Take any feasible plan. For a resource passed by unit {@code u}, the fill consumes tonnes in
 * periods from {@code ⌊t/Δ⌋} (its start) to {@code k'} (its last), never above capacity in total, and
 * completes at {@code c ≥ k'Δ}; the next event starts at {@code c + delay}, so its first period is
 * {@code ≥ k' + ⌊delay/Δ⌋ ≥ k + ⌊delay/Δ⌋} for every period {@code k} in which a tonne was consumed,
 * and also {@code ≥ e_c(head)} because no plan reaches a state before the unit would with the network
 * to itself (completion is monotone in residual capacity and start time). So sending each tonne
 * along the unit's route, consumed in the periods the fill consumed it, delivered at
 * {@code max(k + ⌊delay/Δ⌋, e)} and held until its next consumption, is a feasible LP flow; a coarser
 * grid ({@code m > 1}) keeps this because {@code ⌊(a+b)/m⌋ ≥ ⌊a/m⌋ + ⌊b/m⌋} and a coarse period's
 * capacity is the sum of its fine periods'. Merging units into one commodity only adds freedom. Each
 * of the unit's tonnes is unloaded in a period {@code k} with {@code kΔ' ≤ C_u}, and
 * {@code C_u ≥ C⁰_u}, so the tonne-average cost is ≤ {@code w·max(0, min(P, C_u) − R)}, the unit's
 * term in the objective (a capacity-exhausted unit counts {@code P}). Hence LP optimum ≤ L of every
 * plan; only a solve proven optimal is reported as a bound.
 *
 * <p>The closure bound is the critical-path one of the document ({@code max C⁰_u} over units that can
 * arrive within the horizon even alone). It is a bound on the last arrival of plans in which each of
 * those units does arrive (a plan that leaves one capacity-exhausted pays {@code P − R} for it on the
 * first level instead, and drops it from the closure). Units that cannot reach their destination at all (no path, no gauge break, too heavy)
 * are left out, as are units whose home is their destination. Pure except for the solver's time limit.
 */
public final class LpRelaxationBound {

    /**
     * @param bound       present when the LP was solved to optimality
     * @param status      what happened, for people: solver, aggregation, period length, outcome
     * @param variables   columns of the LP that was solved (0 when none was built)
     * @param constraints rows of that LP
     */
    public record BoundResult(Optional<Bound> bound, String status, int variables, int constraints, double solveSeconds) {
        public BoundResult {
            Objects.requireNonNull(bound, "bound");
            Objects.requireNonNull(status, "status");
        }
    }

    /** Commodity grouping, finest first. */
    enum Grouping { DESTINATION_AND_WEIGHT, DESTINATION, SINGLE }

    private static final int[] STEP_MULTIPLES = {1, 2, 4};
    /** Hours after a commodity's last required (or critical-path) hour that its flow is modelled: all, a week, 3 days, a day. */
    private static final double[] LATENESS_WINDOWS = {Double.POSITIVE_INFINITY, 168, 72, 24};

    /** Primal simplex (the default): measured 6x faster than dual simplex on these flows. */
    private static final String GLOP_PARAMETERS = "";

    private LpRelaxationBound() {
    }

    /** The bound with a model-size cap derived from the time limit (about 6,000 columns per second of limit, at least 50,000: GLOP solved 242,000 columns of the small preset in 21 s and did not finish 1.4 million of the medium one in 120 s). */
    public static BoundResult compute(Scenario scenario, PlannerOptions options, double timeLimitSeconds) {
        long cap = (long) Math.max(50_000, Math.min(4_000_000, timeLimitSeconds * 6_000));
        return compute(scenario, options, timeLimitSeconds, cap);
    }

    static BoundResult compute(Scenario scenario, PlannerOptions options, double timeLimitSeconds, long maxVariables) {
        if (!(timeLimitSeconds > 0)) {
            throw new IllegalArgumentException("time limit must be > 0 seconds, was " + timeLimitSeconds);
        }
        // Sized first on optimistic tasks (no per-unit searches), coarsest aggregation: an instance no
        // aggregation can fit is refused at once instead of after compiling it (12 s at the large preset)
        // and building every model up to the cap (2.2 GB).
        int coarsest = STEP_MULTIPLES[STEP_MULTIPLES.length - 1];
        double shortest = LATENESS_WINDOWS[LATENESS_WINDOWS.length - 1];
        if (!fits(DeploymentInstance.optimistic(scenario, options), Grouping.SINGLE, coarsest, shortest, maxVariables)) {
            return new BoundResult(Optional.empty(), "too large: even the coarsest aggregation (one commodity, "
                    + fmt(options.timeStepHours() * coarsest) + " h periods, flows to " + fmt(shortest)
                    + " h past the last required hour) exceeds about " + maxVariables
                    + " LP columns; only the critical-path bound holds", 0, 0, 0);
        }
        DeploymentInstance instance = DeploymentInstance.of(scenario, options);
        double criticalLate = 0;
        double closure = 0;
        for (var r : instance.inPlace) {
            closure = Math.max(closure, r.availableHour());
        }
        for (Task task : instance.tasks) {
            double arrival = Math.min(instance.horizonHours, task.criticalArrivalHour());
            criticalLate += task.weight() * Math.max(0, arrival - task.requiredHour());
            if (task.criticalArrivalHour() <= instance.horizonHours) { // see the class comment on closure
                closure = Math.max(closure, task.criticalArrivalHour());
            }
        }
        if (instance.tasks.isEmpty()) {
            return new BoundResult(Optional.of(new Bound(0, closure, "lp-relaxation (nothing to move)")),
                    "no unit needs to move", 0, 0, 0);
        }
        // Each aggregation is sized by building it into a counter (no coefficients kept, stops at the cap)
        // before it is built for real.
        for (int multiple : STEP_MULTIPLES) {
            for (Grouping grouping : Grouping.values()) {
                for (double window : LATENESS_WINDOWS) {
                    if (fits(instance, grouping, multiple, window, maxVariables)) {
                        LinearModel model = build(instance, grouping, multiple, window, new LinearModel(maxVariables));
                        return solve(model, instance, grouping, multiple, window, timeLimitSeconds, criticalLate, closure);
                    }
                }
            }
        }
        return new BoundResult(Optional.empty(), "too large: every aggregation exceeds " + maxVariables
                + " LP columns; only the critical-path bound holds", 0, 0, 0);
    }

    private static BoundResult solve(LinearModel model, DeploymentInstance instance, Grouping grouping, int multiple,
                                     double window, double timeLimitSeconds, double criticalLate, double closure) {
        Loader.loadNativeLibraries();
        long start = System.nanoTime();
        ModelBuilder builder = model.toModelBuilder();
        ModelSolver solver = new ModelSolver("glop");
        solver.setSolverSpecificParameters(GLOP_PARAMETERS);
        solver.setTimeLimit(Duration.ofMillis((long) (timeLimitSeconds * 1000)));
        SolveStatus status = solver.solve(builder);
        double seconds = (System.nanoTime() - start) / 1e9;
        String what = String.format(Locale.ROOT, "GLOP, %s commodities, %s h periods, %s, %d columns, %d rows",
                grouping.name().toLowerCase(Locale.ROOT).replace('_', ' '), fmt(instance.stepHours * multiple),
                Double.isInfinite(window) ? "whole horizon" : "flows to " + fmt(window) + " h past the last required hour",
                model.variables(), model.constraints());
        if (status != SolveStatus.OPTIMAL) {
            return new BoundResult(Optional.empty(), status.name().toLowerCase(Locale.ROOT) + " (" + what
                    + "): not a bound", model.variables(), model.constraints(), seconds);
        }
        double value = Math.max(criticalLate, solver.getObjectiveValue() + model.objectiveOffset());
        Bound bound = new Bound(value, closure, "lp-relaxation (GLOP, optimal)");
        return new BoundResult(Optional.of(bound), "optimal (" + what + ")", model.variables(), model.constraints(), seconds);
    }

    private static String fmt(double hours) {
        return hours == Math.rint(hours) ? Long.toString((long) hours) : Double.toString(hours);
    }

    // ------------------------------------------------------------------------------------------

    private static final class Commodity {
        final List<Task> tasks = new ArrayList<>();
        double minTonnes = Double.POSITIVE_INFINITY;
        double minHeaviest = Double.POSITIVE_INFINITY;
    }

    /** Whether the model of this aggregation has at most {@code maxVariables} columns, counted without building it. */
    static boolean fits(DeploymentInstance inst, Grouping grouping, int multiple, double window, long maxVariables) {
        try {
            build(inst, grouping, multiple, window, LinearModel.counter(maxVariables));
            return true;
        } catch (LinearModel.TooLarge tooLarge) {
            return false;
        }
    }

    /** Builds the LP of this aggregation into {@code model} (a {@link LinearModel#counter} only sizes it). */
    static LinearModel build(DeploymentInstance inst, Grouping grouping, int multiple, double window, LinearModel model) {
        double period = inst.stepHours * multiple;
        int allPeriods = (int) Math.ceil(inst.horizonHours / period - DeploymentInstance.EPS);
        double horizon = inst.horizonHours;
        double[] limits = inst.edgeWeightLimit.clone();
        Arrays.sort(limits);
        Map<String, Commodity> commodities = new LinkedHashMap<>();
        for (Task task : inst.tasks) {
            if (task.tonnes() <= 0) {
                // arrives at its critical-path time whatever the others do
                double arrival = Math.min(horizon, task.criticalArrivalHour());
                model.addObjectiveOffset(task.weight() * Math.max(0, arrival - task.requiredHour()));
                continue;
            }
            int weightClass = countBelow(limits, task.heaviestTonnes());
            String key = switch (grouping) {
                case DESTINATION_AND_WEIGHT -> task.sink() + "/" + weightClass;
                case DESTINATION -> Integer.toString(task.sink());
                case SINGLE -> "all";
            };
            if (Double.isInfinite(task.criticalArrivalHour())) {
                // cannot arrive within the horizon even alone: capacity exhausted in every plan
                model.addObjectiveOffset(task.weight() * Math.max(0, horizon - task.requiredHour()));
                continue;
            }
            Commodity c = commodities.computeIfAbsent(key, k -> new Commodity());
            c.tasks.add(task);
            c.minTonnes = Math.min(c.minTonnes, task.tonnes());
            c.minHeaviest = Math.min(c.minHeaviest, task.heaviestTonnes());
        }
        int resources = inst.resources.size();
        int[] capacityRow = new int[resources * allPeriods];
        Arrays.fill(capacityRow, -1);
        int states = inst.states();
        int[] first = new int[states];
        int[] last = new int[states];
        int[] rowBase = new int[states];
        for (Commodity c : commodities.values()) {
            int n = c.tasks.size();
            int[] origins = new int[n];
            double[] starts = new double[n];
            List<Integer> sinkList = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                origins[i] = c.tasks.get(i).origin();
                starts[i] = c.tasks.get(i).availableHour();
                if (!sinkList.contains(c.tasks.get(i).sink())) {
                    sinkList.add(c.tasks.get(i).sink());
                }
            }
            int[] sinks = sinkList.stream().mapToInt(Integer::intValue).toArray();
            // Truncating a commodity's flow after its window only drops capacity rows: still a relaxation,
            // with tonnes not unloaded by then costed as arriving at the window's end.
            double target = 0;
            for (Task task : c.tasks) {
                target = Math.max(target, Math.max(task.requiredHour(), task.criticalArrivalHour()));
            }
            int periods = (int) Math.min(allPeriods, Math.ceil((target + window) / period - DeploymentInstance.EPS));
            double end = periods * period;
            double[] earliest = inst.earliest(origins, starts, c.minTonnes, c.minHeaviest, null);
            int[] toSink = inst.periodsTo(sinks, period, c.minHeaviest);
            for (int s = 0; s < states; s++) {
                first[s] = Double.isInfinite(earliest[s]) ? Integer.MAX_VALUE
                        : (int) Math.min(Integer.MAX_VALUE, Math.floor(earliest[s] / period + DeploymentInstance.EPS));
                last[s] = toSink[s] == Integer.MAX_VALUE ? -1 : periods - 1 - toSink[s];
                rowBase[s] = -1;
                if (inst.stateKind.get(s) != StateKind.SINK && first[s] <= last[s]) {
                    rowBase[s] = model.constraints();
                    for (int k = first[s]; k <= last[s]; k++) {
                        model.addRow(Double.NEGATIVE_INFINITY, 0);
                    }
                }
            }
            // supply
            for (Task task : c.tasks) {
                int s = task.origin();
                int k = (int) Math.floor(task.availableHour() / period + DeploymentInstance.EPS);
                if (rowBase[s] >= 0 && k >= first[s] && k <= last[s]) {
                    int row = rowBase[s] + k - first[s];
                    model.setRowBounds(row, Double.NEGATIVE_INFINITY, model.rowUpperOf(row) + task.tonnes());
                }
            }
            // arrival rows per (sink, period): tonnes unloaded − tonnes assigned ≥ 0
            Map<Integer, int[]> arrivalRow = new LinkedHashMap<>();
            for (int d : sinks) {
                int[] rows = new int[periods];
                Arrays.fill(rows, -1);
                arrivalRow.put(d, rows);
            }
            for (int s = 0; s < states; s++) {
                if (rowBase[s] < 0) {
                    continue;
                }
                for (int k = first[s]; k < last[s]; k++) {
                    int h = model.addVariable(0, Double.POSITIVE_INFINITY, 0, false);
                    model.addTerm(rowBase[s] + k - first[s], h, 1);
                    model.addTerm(rowBase[s] + k + 1 - first[s], h, -1);
                }
                for (int e : inst.out[s]) {
                    if (!inst.allows(e, c.minHeaviest)) {
                        continue;
                    }
                    int t = inst.edgeTo[e];
                    int r = inst.edgeResource[e];
                    boolean toSinkState = inst.stateKind.get(t) == StateKind.SINK;
                    int[] arrivals = toSinkState ? arrivalRow.get(t) : null;
                    if (toSinkState && arrivals == null) {
                        continue;
                    }
                    if (!toSinkState && rowBase[t] < 0) {
                        continue;
                    }
                    int delay = (int) Math.floor(inst.edgeDelayHours[e] / period + DeploymentInstance.EPS);
                    for (int k = first[s]; k <= last[s]; k++) {
                        int headRow;
                        if (toSinkState) {
                            int q = k + delay;
                            if (q >= periods) {
                                break;
                            }
                            if (arrivals[q] < 0) {
                                arrivals[q] = model.addRow(0, Double.POSITIVE_INFINITY);
                            }
                            headRow = arrivals[q];
                        } else {
                            int q = Math.max(k + delay, first[t]);
                            if (q > last[t]) {
                                break;
                            }
                            headRow = rowBase[t] + q - first[t];
                        }
                        int x = model.addVariable(0, Double.POSITIVE_INFINITY, 0, false);
                        model.addTerm(rowBase[s] + k - first[s], x, 1);
                        model.addTerm(headRow, x, toSinkState ? 1 : -1);
                        if (r != DeploymentInstance.NONE) {
                            int slot = r * allPeriods + k;
                            if (capacityRow[slot] < 0) {
                                capacityRow[slot] = model.addRow(Double.NEGATIVE_INFINITY, inst.capacityPerPeriod(r, period));
                            }
                            model.addTerm(capacityRow[slot], x, 1);
                        }
                    }
                }
            }
            // assignment of unloaded tonnes to units
            for (Task task : c.tasks) {
                double perTonne = task.weight() / task.tonnes();
                int unitRow = model.addRow(task.tonnes(), task.tonnes());
                double late = Math.min(horizon, Math.max(end, task.criticalArrivalHour()));
                int never = model.addVariable(0, Double.POSITIVE_INFINITY,
                        perTonne * Math.max(0, late - task.requiredHour()), false);
                model.addTerm(unitRow, never, 1);
                int[] arrivals = arrivalRow.get(task.sink());
                int from = (int) Math.floor(task.earliestUnloadHour() / period + DeploymentInstance.EPS);
                for (int k = Math.max(0, from); k < periods; k++) {
                    if (arrivals[k] < 0) {
                        continue;
                    }
                    double arrive = Math.min(horizon, Math.max(k * period, task.criticalArrivalHour()));
                    int z = model.addVariable(0, Double.POSITIVE_INFINITY,
                            perTonne * Math.max(0, arrive - task.requiredHour()), false);
                    model.addTerm(unitRow, z, 1);
                    model.addTerm(arrivals[k], z, -1);
                }
            }
        }
        return model;
    }

    private static int countBelow(double[] sorted, double value) {
        int count = 0;
        double previous = Double.NaN;
        for (double limit : sorted) {
            if (limit < value && limit != previous) {
                count++;
                previous = limit;
            }
        }
        return count;
    }
}
