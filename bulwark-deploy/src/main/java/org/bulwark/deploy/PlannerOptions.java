package org.bulwark.deploy;

/**
 * How to plan. Work budgets are counts, not seconds, so the same options give the same plan on
 * any machine and with any number of threads.
 *
 * @param timeStepHours        width of a capacity bucket, hours (default 6)
 * @param horizonFactor        planning horizon = max(scenario horizon, latest required hour) × this (default 1.5)
 * @param improvementRounds    budget of the improvement phase after the first plan, in rounds; a re-planning
 *                             pass costs one round per 13 units (0 = first plan only)
 * @param threads              worker threads for independent searches (results do not depend on it)
 * @param bottleneckCandidates how many saturated resources to test by relaxing them (0 = skip)
 * @param boundIterations      subgradient iterations of the Lagrangian cut bound computed with final plans
 *                             (0 = skip it; default {@value #DEFAULT_BOUND_ITERATIONS})
 */
public record PlannerOptions(double timeStepHours, double horizonFactor, int improvementRounds, int threads,
                             int bottleneckCandidates, int boundIterations) {
    /** Subgradient iterations of the Lagrangian cut bound unless told otherwise. */
    public static final int DEFAULT_BOUND_ITERATIONS = 50;
    public static final PlannerOptions DEFAULT = new PlannerOptions(6, 1.5, 50, 1, 10, DEFAULT_BOUND_ITERATIONS);

    public PlannerOptions {
        if (!(timeStepHours > 0) || Double.isInfinite(timeStepHours)) {
            throw new IllegalArgumentException("time step must be a positive number of hours, was " + timeStepHours);
        }
        if (!(horizonFactor >= 1) || Double.isInfinite(horizonFactor)) {
            throw new IllegalArgumentException("horizon factor must be >= 1, was " + horizonFactor);
        }
        if (improvementRounds < 0 || threads < 1 || bottleneckCandidates < 0 || boundIterations < 0) {
            throw new IllegalArgumentException("rounds, candidates and bound iterations must be >= 0 and threads >= 1, were "
                    + improvementRounds + ", " + threads + ", " + bottleneckCandidates + ", " + boundIterations);
        }
    }

    /** Options with the default number of bound iterations. */
    public PlannerOptions(double timeStepHours, double horizonFactor, int improvementRounds, int threads,
                          int bottleneckCandidates) {
        this(timeStepHours, horizonFactor, improvementRounds, threads, bottleneckCandidates, DEFAULT_BOUND_ITERATIONS);
    }

    public PlannerOptions withTimeStepHours(double hours) {
        return new PlannerOptions(hours, horizonFactor, improvementRounds, threads, bottleneckCandidates, boundIterations);
    }

    public PlannerOptions withImprovementRounds(int rounds) {
        return new PlannerOptions(timeStepHours, horizonFactor, rounds, threads, bottleneckCandidates, boundIterations);
    }

    public PlannerOptions withThreads(int n) {
        return new PlannerOptions(timeStepHours, horizonFactor, improvementRounds, n, bottleneckCandidates, boundIterations);
    }

    public PlannerOptions withBottleneckCandidates(int n) {
        return new PlannerOptions(timeStepHours, horizonFactor, improvementRounds, threads, n, boundIterations);
    }

    public PlannerOptions withBoundIterations(int n) {
        return new PlannerOptions(timeStepHours, horizonFactor, improvementRounds, threads, bottleneckCandidates, n);
    }
}
