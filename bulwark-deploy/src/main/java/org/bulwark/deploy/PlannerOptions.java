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
 * @param maxElements          the most lift elements a unit is cut into per mode: a unit moves in elements of
 *                             the larger of the mode's element ({@link org.bulwark.model.LiftIncrements}) and
 *                             its tonnage ÷ this (default {@value #DEFAULT_MAX_ELEMENTS}); 1 moves every unit whole
 */
public record PlannerOptions(double timeStepHours, double horizonFactor, int improvementRounds, int threads,
                             int bottleneckCandidates, int maxElements) {
    /** Lift elements per unit and mode at most, unless told otherwise. */
    public static final int DEFAULT_MAX_ELEMENTS = 24;
    /**
     * 6 h periods, horizon factor 1.5, 100 improvement rounds (50 reached the planted optimum on 13 of
     * 20 medium planted instances, 100 on 20 of 20; docs/BENCHMARKS.md), one thread, 10 bottleneck
     * candidates, at most {@value #DEFAULT_MAX_ELEMENTS} elements.
     */
    public static final PlannerOptions DEFAULT = new PlannerOptions(6, 1.5, 100, 1, 10, DEFAULT_MAX_ELEMENTS);

    public PlannerOptions {
        if (!(timeStepHours > 0) || Double.isInfinite(timeStepHours)) {
            throw new IllegalArgumentException("time step must be a positive number of hours, was " + timeStepHours);
        }
        if (!(horizonFactor >= 1) || Double.isInfinite(horizonFactor)) {
            throw new IllegalArgumentException("horizon factor must be >= 1, was " + horizonFactor);
        }
        if (maxElements < 1) {
            throw new IllegalArgumentException("a unit moves in at least one element, was " + maxElements);
        }
        if (improvementRounds < 0 || threads < 1 || bottleneckCandidates < 0) {
            throw new IllegalArgumentException("rounds and candidates must be >= 0 and threads >= 1, were "
                    + improvementRounds + ", " + threads + ", " + bottleneckCandidates);
        }
    }

    /** Options with the default number of elements. */
    public PlannerOptions(double timeStepHours, double horizonFactor, int improvementRounds, int threads,
                          int bottleneckCandidates) {
        this(timeStepHours, horizonFactor, improvementRounds, threads, bottleneckCandidates, DEFAULT_MAX_ELEMENTS);
    }

    public PlannerOptions withTimeStepHours(double hours) {
        return new PlannerOptions(hours, horizonFactor, improvementRounds, threads, bottleneckCandidates, maxElements);
    }

    public PlannerOptions withImprovementRounds(int rounds) {
        return new PlannerOptions(timeStepHours, horizonFactor, rounds, threads, bottleneckCandidates, maxElements);
    }

    public PlannerOptions withThreads(int n) {
        return new PlannerOptions(timeStepHours, horizonFactor, improvementRounds, n, bottleneckCandidates, maxElements);
    }

    public PlannerOptions withBottleneckCandidates(int n) {
        return new PlannerOptions(timeStepHours, horizonFactor, improvementRounds, threads, n, maxElements);
    }

    public PlannerOptions withMaxElements(int n) {
        return new PlannerOptions(timeStepHours, horizonFactor, improvementRounds, threads, bottleneckCandidates, n);
    }
}
