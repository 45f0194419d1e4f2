package org.bulwark.deploy.reference;

import com.google.ortools.Loader;
import com.google.ortools.modelbuilder.ModelBuilder;
import com.google.ortools.modelbuilder.ModelSolver;
import com.google.ortools.modelbuilder.SolveStatus;
import java.time.Duration;
import java.util.Arrays;
import org.bulwark.deploy.reference.DeploymentInstance.StateKind;
import org.bulwark.deploy.reference.DeploymentInstance.Task;

/**
 * The time-indexed unit-level MIP of {@link ExactDeploymentSolver}: whole units on one route each,
 * periods of Δ hours, the same resources as the planner. Every delay and available hour must be a
 * whole number of periods (checked).
 *
 * <p>For every unit {@code u}, a path through the time-expanded state graph: binary holdover
 * variables (the unit waits at a state from period {@code k} to {@code k+1}), binary passes over
 * edges without a capacity, and for an edge with a resource a binary start period, a binary end
 * period (≥ start) and the tonnes {@code q[u,e,k]} it consumes in each period between them
 * ({@code Σ_k q = T_u}, {@code q ≤ min(T_u, capacity)} while active). The unit reaches the edge's
 * head {@code d_e} periods after its end period. Per resource and period
 * {@code Σ_u q ≤ capacity·Δ/24}. The unit is available at its home in period {@code a_u/Δ}; arriving at its sink in period {@code k} costs
 * {@code w·max(0, kΔ − R)}; a unit may instead be <em>exhausted</em> at {@code w·max(0, P − R)}.
 * Optional second phase: lateness ≤ its optimum, minimise the last arrival; a unit that could arrive
 * alone within the horizon but is left exhausted counts {@code P} there (otherwise calling it
 * exhausted, which costs the same lateness as arriving at {@code P}, would hide it from the closure).
 */
final class UnitTimeModel {
    record Size(long variables, long constraints) {
    }

    record Outcome(String status, double weightedLateHours, double closureHour, boolean timeLimitHit, int variables,
                   int constraints, double seconds) {
    }

    private final DeploymentInstance inst;
    private final double scale;

    UnitTimeModel(DeploymentInstance inst) {
        this.inst = inst;
        int lcm = 1;
        for (Task task : inst.tasks) {
            int p = task.reinforcement().priority();
            lcm = p <= 12 ? lcm(lcm, p) : lcm;
        }
        this.scale = lcm;
    }

    private static int lcm(int a, int b) {
        int x = a;
        int y = b;
        while (y != 0) {
            int t = x % y;
            x = y;
            y = t;
        }
        return a / x * b;
    }

    int periodsOf(double hours) {
        double p = hours / inst.stepHours;
        long r = Math.round(p);
        if (Math.abs(p - r) > 1e-6) {
            throw new IllegalArgumentException(hours + " h is not a whole number of " + inst.stepHours
                    + " h periods\n    Maybe use a step that divides every time (TimeExpandedReference takes any step)");
        }
        return (int) r;
    }

    private int[] delays() {
        int[] delay = new int[inst.edges()];
        for (int e = 0; e < inst.edges(); e++) {
            delay[e] = periodsOf(inst.edgeDelayHours[e]);
        }
        return delay;
    }

    /** Windows [first, last] per state for a task (first = Integer.MAX_VALUE when unusable). */
    private int[][] windows(Task task, int[] delay) {
        int n = inst.states();
        double[] label = inst.earliest(task.origin(), task.availableHour(), task.tonnes(), task.heaviestTonnes(), null);
        // latest: shortest path to the sink in whole periods (rounded as the model rounds)
        int[] toSink = new int[n];
        Arrays.fill(toSink, Integer.MAX_VALUE);
        toSink[task.sink()] = 0;
        boolean changed = true;
        while (changed) { // Bellman-Ford on a small graph; delays >= 0
            changed = false;
            for (int e = 0; e < inst.edges(); e++) {
                if (!inst.allows(e, task.heaviestTonnes()) || toSink[inst.edgeTo[e]] == Integer.MAX_VALUE) {
                    continue;
                }
                int d = toSink[inst.edgeTo[e]] + delay[e];
                if (d < toSink[inst.edgeFrom[e]]) {
                    toSink[inst.edgeFrom[e]] = d;
                    changed = true;
                }
            }
        }
        int[] first = new int[n];
        int[] last = new int[n];
        int start = periodsOf(task.availableHour());
        for (int s = 0; s < n; s++) {
            StateKind kind = inst.stateKind.get(s);
            boolean own = (kind != StateKind.ORIGIN || s == task.origin()) && (kind != StateKind.SINK || s == task.sink());
            first[s] = Integer.MAX_VALUE;
            last[s] = -1;
            if (own && !Double.isInfinite(label[s]) && toSink[s] != Integer.MAX_VALUE) {
                first[s] = Math.max(start, (int) Math.floor(label[s] / inst.stepHours + DeploymentInstance.EPS));
                last[s] = inst.periods - toSink[s]; // states exist up to period K (hour P), fills only before it
            }
        }
        return new int[][] {first, last};
    }

    /** Columns and rows the model would have, without building it. */
    Size estimate() {
        int[] delay = delays();
        long vars = 0;
        long rows = 0;
        for (Task task : inst.tasks) {
            int[][] w = windows(task, delay);
            for (int s = 0; s < inst.states(); s++) {
                int span = w[1][s] - w[0][s] + 1;
                if (w[0][s] == Integer.MAX_VALUE || span <= 0) {
                    continue;
                }
                vars += span;
                rows += span;
                for (int e : inst.out[s]) {
                    if (inst.allows(e, task.heaviestTonnes())) {
                        vars += (long) span * (inst.edgeResource[e] == DeploymentInstance.NONE ? 1 : 4);
                        rows += inst.edgeResource[e] == DeploymentInstance.NONE ? 0 : 3L * span;
                    }
                }
            }
        }
        return new Size(vars, rows);
    }

    /**
     * Builds the model; with {@code lateLimit} present (scaled units) the objective is the last
     * arrival under lateness ≤ the limit.
     */
    LinearModel build(long maxVariables, double lateLimitScaled, boolean closurePhase) {
        LinearModel model = new LinearModel(maxVariables);
        int[] delay = delays();
        int periods = inst.periods;
        double period = inst.stepHours;
        int[] capacityRow = new int[inst.resources.size() * periods];
        Arrays.fill(capacityRow, -1);
        int latenessRow = closurePhase ? model.addRow(Double.NEGATIVE_INFINITY, lateLimitScaled) : -1;
        int closure = closurePhase ? model.addVariable(0, Double.POSITIVE_INFINITY, 1, false) : -1;
        int n = inst.states();
        int[] rowBase = new int[n];
        for (Task task : inst.tasks) {
            int[][] w = windows(task, delay);
            int[] first = w[0];
            int[] last = w[1];
            double tonnes = task.tonnes();
            double cost = task.weight() * scale;
            int chooseRow = model.addRow(1, 1);
            int exhausted = model.addVariable(0, 1, closurePhase ? 0 : cost * Math.max(0, inst.horizonHours - task.requiredHour()), true);
            model.addTerm(chooseRow, exhausted, 1);
            if (closurePhase) {
                model.addTerm(latenessRow, exhausted, cost * Math.max(0, inst.horizonHours - task.requiredHour()));
            }
            int closureRow = closurePhase ? model.addRow(Double.NEGATIVE_INFINITY, 0) : -1;
            if (closurePhase) {
                model.addTerm(closureRow, closure, -1);
                if (task.criticalArrivalHour() <= inst.horizonHours) {
                    // a unit that could arrive alone is not dropped from the closure by calling it exhausted
                    model.addTerm(closureRow, exhausted, inst.horizonHours);
                }
            }
            for (int s = 0; s < n; s++) {
                rowBase[s] = -1;
                if (first[s] <= last[s] && inst.stateKind.get(s) != StateKind.SINK) {
                    rowBase[s] = model.constraints();
                    for (int k = first[s]; k <= last[s]; k++) {
                        // in − out = −supply
                        double supply = s == task.origin() && k == first[s] ? 1 : 0;
                        model.addRow(-supply, -supply);
                    }
                }
            }
            if (rowBase[task.origin()] < 0) {
                continue; // cannot arrive within the horizon: exhausted
            }
            // the unit leaves home unless it is exhausted: in − out − exhausted = −1 in its first period
            model.addTerm(rowBase[task.origin()], exhausted, -1);
            for (int s = 0; s < n; s++) {
                if (rowBase[s] < 0) {
                    continue;
                }
                for (int k = first[s]; k < last[s]; k++) {
                    int h = model.addVariable(0, 1, 0, true);
                    model.addTerm(rowBase[s] + k - first[s], h, -1);
                    model.addTerm(rowBase[s] + k + 1 - first[s], h, 1);
                }
                for (int e : inst.out[s]) {
                    if (!inst.allows(e, task.heaviestTonnes())) {
                        continue;
                    }
                    int t = inst.edgeTo[e];
                    boolean toSink = inst.stateKind.get(t) == StateKind.SINK;
                    if (toSink ? t != task.sink() : rowBase[t] < 0) {
                        continue;
                    }
                    int r = inst.edgeResource[e];
                    int d = delay[e];
                    if (r == DeploymentInstance.NONE || tonnes <= 0) {
                        for (int k = first[s]; k <= last[s]; k++) {
                            int q = k + d;
                            if (toSink ? !arrivesInHorizon(q) : (q < first[t] || q > last[t])) {
                                continue;
                            }
                            int x = model.addVariable(0, 1, toSink && !closurePhase ? arrivalCost(task, q) : 0, true);
                            model.addTerm(rowBase[s] + k - first[s], x, -1);
                            arrive(model, task, x, q, toSink, rowBase, first, t, chooseRow, closurePhase, latenessRow, closureRow);
                        }
                        continue;
                    }
                    double perPeriod = inst.capacityPerPeriod(r, period);
                    double most = Math.min(tonnes, perPeriod);
                    int totalRow = model.addRow(0, 0); // Σ q − T·Σ start = 0
                    int balanceRow = model.addRow(0, 0); // Σ start − Σ end = 0
                    int previousActive = -1;
                    int previousEnd = -1;
                    for (int k = first[s]; k <= Math.min(last[s], periods - 1); k++) {
                        int start = model.addVariable(0, 1, 0, true);
                        model.addTerm(rowBase[s] + k - first[s], start, -1);
                        model.addTerm(totalRow, start, -tonnes);
                        model.addTerm(balanceRow, start, 1);
                        int q = k + d;
                        boolean reachable = toSink ? arrivesInHorizon(q) : q >= first[t] && q <= last[t];
                        int end = model.addVariable(0, reachable ? 1 : 0,
                                toSink && reachable && !closurePhase ? arrivalCost(task, q) : 0, true);
                        model.addTerm(balanceRow, end, -1);
                        if (reachable) {
                            arrive(model, task, end, q, toSink, rowBase, first, t, chooseRow, closurePhase, latenessRow, closureRow);
                        }
                        // active[k] = active[k−1] + start[k] − end[k−1]: the unit is loading over this resource
                        int active = model.addVariable(0, 1, 0, false);
                        int activeRow = model.addRow(0, 0);
                        model.addTerm(activeRow, active, 1);
                        model.addTerm(activeRow, start, -1);
                        if (previousActive >= 0) {
                            model.addTerm(activeRow, previousActive, -1);
                            model.addTerm(activeRow, previousEnd, 1);
                        }
                        // an end needs the unit active in that period
                        int endRow = model.addRow(Double.NEGATIVE_INFINITY, 0);
                        model.addTerm(endRow, end, 1);
                        model.addTerm(endRow, active, -1);
                        int use = model.addVariable(0, most, 0, true);
                        model.addTerm(totalRow, use, 1);
                        int useRow = model.addRow(Double.NEGATIVE_INFINITY, 0);
                        model.addTerm(useRow, use, 1);
                        model.addTerm(useRow, active, -most);
                        int slot = r * periods + k;
                        if (capacityRow[slot] < 0) {
                            capacityRow[slot] = model.addRow(Double.NEGATIVE_INFINITY, perPeriod);
                        }
                        model.addTerm(capacityRow[slot], use, 1);
                        previousActive = active;
                        previousEnd = end;
                    }
                }
            }
        }
        return model;
    }

    private boolean arrivesInHorizon(int period) {
        return period * inst.stepHours <= inst.horizonHours + 1e-9;
    }

    private double arrivalCost(Task task, int period) {
        return task.weight() * scale * Math.max(0, period * inst.stepHours - task.requiredHour());
    }

    private void arrive(LinearModel model, Task task, int x, int q, boolean toSink, int[] rowBase, int[] first, int t,
                        int chooseRow, boolean closurePhase, int latenessRow, int closureRow) {
        if (toSink) {
            model.addTerm(chooseRow, x, 1);
            if (closurePhase) {
                model.addTerm(latenessRow, x, arrivalCost(task, q));
                model.addTerm(closureRow, x, q * inst.stepHours);
            }
        } else {
            model.addTerm(rowBase[t] + q - first[t], x, 1);
        }
    }

    /** Solves lateness, then (if {@code withClosure} and time remains) closure with lateness fixed. */
    Outcome solve(String solverName, double timeLimitSeconds, long maxVariables, boolean withClosure) {
        Loader.loadNativeLibraries();
        long t0 = System.nanoTime();
        LinearModel model = build(maxVariables, 0, false);
        ModelBuilder builder = model.toModelBuilder();
        ModelSolver solver = new ModelSolver(solverName);
        solver.setTimeLimit(Duration.ofMillis((long) (timeLimitSeconds * 1000)));
        SolveStatus status = solver.solve(builder);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        if (status == SolveStatus.INFEASIBLE) {
            return new Outcome("INFEASIBLE", Double.NaN, Double.NaN, false, model.variables(), model.constraints(), elapsed);
        }
        if (status != SolveStatus.OPTIMAL && status != SolveStatus.FEASIBLE) {
            boolean limit = elapsed >= timeLimitSeconds * 0.95 || status == SolveStatus.NOT_SOLVED;
            return new Outcome(limit ? "NO_SOLUTION_IN_TIME_LIMIT" : status.name(), Double.NaN, Double.NaN, limit,
                    model.variables(), model.constraints(), elapsed);
        }
        boolean optimal = status == SolveStatus.OPTIMAL;
        double late = Math.round(solver.getObjectiveValue() * 1e6) / 1e6;
        double closureHour = Double.NaN; // the lateness phase alone does not pin the last arrival
        if (withClosure && optimal && timeLimitSeconds - elapsed > 0.5) {
            LinearModel second = build(maxVariables, late * (1 + 1e-9) + 1e-6, true);
            ModelSolver solver2 = new ModelSolver(solverName);
            solver2.setTimeLimit(Duration.ofMillis((long) ((timeLimitSeconds - elapsed) * 1000)));
            SolveStatus status2 = solver2.solve(second.toModelBuilder());
            if (status2 == SolveStatus.OPTIMAL || status2 == SolveStatus.FEASIBLE) {
                closureHour = solver2.getObjectiveValue();
                optimal = status2 == SolveStatus.OPTIMAL;
            } else {
                optimal = false;
            }
        }
        elapsed = (System.nanoTime() - t0) / 1e9;
        return new Outcome(optimal ? "OPTIMAL" : "FEASIBLE", late / scale, closureHour, !optimal,
                model.variables(), model.constraints(), elapsed);
    }
}
