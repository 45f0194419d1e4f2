package org.bulwark.campaign;

/**
 * How to run the Monte Carlo. Results depend on the seed and the counts, never on {@code threads}.
 *
 * @param runs             replications
 * @param seed             the seed of every random stream
 * @param threads          worker threads
 * @param heldEveryHours   spacing of the P(held) time series, hours after D-day
 * @param ratioEveryHours  spacing of the force-ratio samples, hours after D-day (at least one step)
 * @param sensitivityRuns  replications per end of each tornado bar (0 skips the tornado runs)
 */
public record MonteCarloOptions(int runs, long seed, int threads, double heldEveryHours, double ratioEveryHours,
                                int sensitivityRuns) {
    /** 10,000 runs, seed 1, one thread, P(held) every 6 h, force ratio daily, 1,000 runs per tornado end. */
    public static final MonteCarloOptions DEFAULT = new MonteCarloOptions(10_000, 1, 1, 6, 24, 1_000);

    public MonteCarloOptions {
        if (runs < 1 || threads < 1 || sensitivityRuns < 0) {
            throw new IllegalArgumentException("runs and threads must be >= 1 and sensitivity runs >= 0, were "
                    + runs + ", " + threads + ", " + sensitivityRuns);
        }
        if (!(heldEveryHours > 0) || !(ratioEveryHours > 0) || Double.isInfinite(heldEveryHours)
                || Double.isInfinite(ratioEveryHours)) {
            throw new IllegalArgumentException("sample spacings must be positive hours, were " + heldEveryHours
                    + ", " + ratioEveryHours);
        }
    }

    public MonteCarloOptions withRuns(int n) {
        return new MonteCarloOptions(n, seed, threads, heldEveryHours, ratioEveryHours, sensitivityRuns);
    }

    public MonteCarloOptions withSeed(long s) {
        return new MonteCarloOptions(runs, s, threads, heldEveryHours, ratioEveryHours, sensitivityRuns);
    }

    public MonteCarloOptions withThreads(int n) {
        return new MonteCarloOptions(runs, seed, n, heldEveryHours, ratioEveryHours, sensitivityRuns);
    }

    public MonteCarloOptions withSensitivityRuns(int n) {
        return new MonteCarloOptions(runs, seed, threads, heldEveryHours, ratioEveryHours, n);
    }
}
