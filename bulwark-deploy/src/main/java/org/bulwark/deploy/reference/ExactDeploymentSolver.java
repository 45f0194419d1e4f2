package org.bulwark.deploy.reference;

import java.util.Objects;
import java.util.OptionalDouble;
import org.bulwark.deploy.PlannerOptions;
import org.bulwark.deploy.reference.DeploymentInstance.Task;
import org.bulwark.model.Scenario;

/**
 * The optimum of weighted lateness, then closure, for <em>tiny</em> instances (a handful of units,
 * a dozen nodes, a few dozen periods), with CP-SAT: the referee of differential tests
 * ({@code planner ≥ exact} and {@code bound ≤ exact}).
 *
 * <p>The model is {@link UnitTimeModel} with exact periods. Assumptions, checked (an
 * {@link IllegalArgumentException} otherwise): every transit, transshipment and available hour is a
 * whole number of periods, and every unit's tonnes and every capacity per period are whole tonnes
 * (CP-SAT needs integers). Under them every event of docs/deployment-model.md happens at a period
 * boundary: a fill that starts at {@code jΔ} and takes its last tonne in period {@code k'} completes
 * at {@code max(jΔ, k'Δ) = k'Δ}, so the model's period arithmetic is exact.
 *
 * <p>One relaxation of the document, on purpose: a unit's consumption of a resource is <em>any</em>
 * split of its tonnes over the periods from the one it reaches the resource (not the greedy fill
 * in a planning order), and a unit may wait at a node. Every plan the planner can make is such a
 * split, so the optimum here is ≤ the planner's objective on every instance (and equal to the best
 * greedy plan on the hand-made cases); the LP bound relaxes this model too, so it stays ≤ it.
 * Units that cannot reach their destination at all are left out, as in the objective.
 */
public final class ExactDeploymentSolver {
    /** Largest model built, in columns. */
    static final long MAX_VARIABLES = 400_000;

    /**
     * @param status OPTIMAL (both levels proven), FEASIBLE (time limit: best found), NO_SOLUTION_IN_TIME_LIMIT, INFEASIBLE
     */
    public record ExactResult(String status, OptionalDouble weightedLateHours, OptionalDouble closureHour, int variables,
                              int constraints, double solveSeconds) {
        public ExactResult {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(weightedLateHours, "weightedLateHours");
            Objects.requireNonNull(closureHour, "closureHour");
        }

        public boolean optimal() {
            return status.equals("OPTIMAL");
        }
    }

    private ExactDeploymentSolver() {
    }

    public static ExactResult solve(Scenario scenario, PlannerOptions options, double timeLimitSeconds) {
        DeploymentInstance inst = DeploymentInstance.of(scenario, options);
        requireIntegral(inst);
        UnitTimeModel model = new UnitTimeModel(inst);
        UnitTimeModel.Size size = model.estimate();
        if (size.variables() > MAX_VARIABLES) {
            throw new IllegalArgumentException("instance too large for the exact solver: about " + size.variables()
                    + " columns (cap " + MAX_VARIABLES + ")\n    Maybe use TimeExpandedReference (the fluid relaxation) for instances this size");
        }
        if (inst.tasks.isEmpty()) {
            double closure = inst.inPlace.stream().mapToDouble(r -> r.availableHour()).max().orElse(0);
            return new ExactResult("OPTIMAL", OptionalDouble.of(0), OptionalDouble.of(closure), 0, 0, 0);
        }
        UnitTimeModel.Outcome outcome = model.solve("sat", timeLimitSeconds, MAX_VARIABLES, true);
        return new ExactResult(outcome.status(), present(outcome.weightedLateHours()),
                present(withInPlace(inst, outcome.closureHour())), outcome.variables(), outcome.constraints(), outcome.seconds());
    }

    static double withInPlace(DeploymentInstance inst, double closure) {
        double c = closure;
        for (var r : inst.inPlace) {
            c = Math.max(Double.isNaN(c) ? 0 : c, r.availableHour());
        }
        return c;
    }

    static OptionalDouble present(double value) {
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    private static void requireIntegral(DeploymentInstance inst) {
        for (Task task : inst.tasks) {
            if (task.tonnes() != Math.rint(task.tonnes())) {
                throw new IllegalArgumentException("unit " + task.unit().id() + " lifts " + task.tonnes()
                        + " t, not whole tonnes\n    Maybe round the test instance's lift to whole tonnes");
            }
        }
        for (int r = 0; r < inst.resources.size(); r++) {
            double c = inst.capacityPerPeriod(r, inst.stepHours);
            if (Double.isFinite(c) && Math.abs(c - Math.rint(c)) > 1e-9) {
                throw new IllegalArgumentException(inst.resources.get(r).describe() + " carries " + c
                        + " t per period, not whole tonnes\n    Maybe use capacities per day divisible by 24/step");
            }
        }
    }
}
