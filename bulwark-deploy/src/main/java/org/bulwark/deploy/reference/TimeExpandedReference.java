package org.bulwark.deploy.reference;

import java.util.Objects;
import java.util.OptionalDouble;
import org.bulwark.deploy.PlannerOptions;
import org.bulwark.model.Scenario;

/**
 * OR-Tools solving the time-expanded deployment problem directly as a MIP ({@link UnitTimeModel}):
 * whole units, one route each, periods of Δ hours, the planner's resources and capacities.
 *
 * <p>How it differs from docs/deployment-model.md, and so from the planner's objective:
 * <ul>
 *   <li>transit, transshipment and available hours are rounded <em>up</em> to whole periods and an
 *       event that completes in period {@code k} is taken to complete at {@code kΔ} at the latest;
 *       every plan it finds is therefore feasible in hours, with arrivals no earlier than reported
 *       (its lateness over-estimates the same plan's lateness in hours: up to a period per hop);</li>
 *   <li>a unit's tonnes may be split over any periods from the one it reaches a resource, and units
 *       may wait — a superset of the greedy fills in planning order, so it can beat every planning
 *       order on congested resources;</li>
 *   <li>a unit that cannot arrive inside the horizon is exhausted at {@code P}, as in the document.</li>
 * </ul>
 * The first two pull in opposite directions: neither value bounds the other, but on instances whose
 * times are multiples of Δ the rounding disappears and the optimum equals
 * {@link ExactDeploymentSolver}'s.
 *
 * <p>Models beyond {@link #MAX_VARIABLES} columns are refused (status {@code TOO_LARGE}, the estimate
 * in {@code variables}) before anything is allocated. Solved with SCIP through ModelBuilder
 * (continuous tonnes); the second phase minimises the last arrival with lateness fixed.
 */
public final class TimeExpandedReference {
    /** Size cap: about 1 GB of native model and solver memory. */
    public static final long MAX_VARIABLES = 1_500_000;

    /**
     * @param status OPTIMAL, FEASIBLE, NO_SOLUTION_IN_TIME_LIMIT, INFEASIBLE or TOO_LARGE
     */
    public record ReferenceResult(String status, OptionalDouble weightedLateHours, OptionalDouble closureHour,
                                  boolean timeLimitHit, long variables, long constraints, double solveSeconds) {
        public ReferenceResult {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(weightedLateHours, "weightedLateHours");
            Objects.requireNonNull(closureHour, "closureHour");
        }
    }

    private static final String SOLVER = "scip";

    private TimeExpandedReference() {
    }

    public static ReferenceResult solve(Scenario scenario, PlannerOptions options, double timeLimitSeconds) {
        return solve(scenario, options, timeLimitSeconds, MAX_VARIABLES);
    }

    static ReferenceResult solve(Scenario scenario, PlannerOptions options, double timeLimitSeconds, long maxVariables) {
        if (!(timeLimitSeconds > 0)) {
            throw new IllegalArgumentException("time limit must be > 0 seconds, was " + timeLimitSeconds);
        }
        DeploymentInstance inst = DeploymentInstance.of(scenario, options);
        if (inst.tasks.isEmpty()) {
            return new ReferenceResult("OPTIMAL", OptionalDouble.of(0),
                    OptionalDouble.of(ExactDeploymentSolver.withInPlace(inst, 0)), false, 0, 0, 0);
        }
        UnitTimeModel model = new UnitTimeModel(inst, UnitTimeModel.Rounding.UP, false);
        UnitTimeModel.Size size = model.estimate();
        if (size.variables() > maxVariables) {
            return new ReferenceResult("TOO_LARGE", OptionalDouble.empty(), OptionalDouble.empty(), false,
                    size.variables(), size.constraints(), 0);
        }
        UnitTimeModel.Outcome outcome = model.solve(SOLVER, timeLimitSeconds, maxVariables, true);
        return new ReferenceResult(outcome.status(), ExactDeploymentSolver.present(outcome.weightedLateHours()),
                ExactDeploymentSolver.present(ExactDeploymentSolver.withInPlace(inst, outcome.closureHour())),
                outcome.timeLimitHit(), outcome.variables(), outcome.constraints(), outcome.seconds());
    }
}
