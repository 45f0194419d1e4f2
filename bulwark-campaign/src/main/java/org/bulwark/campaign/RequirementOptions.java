package org.bulwark.campaign;

import java.util.List;

/**
 * What the requirement search looks for and how hard it looks.
 *
 * @param holdDays      every objective must be held this many days after D-day (at most the campaign length)
 * @param confidence    the probability of that to reach, in (0, 1)
 * @param units         the kinds of force that may be added, with their costs
 * @param places        where forces may be added
 * @param arrivals      when an added force may be in place, earliest first
 * @param searchRuns    replications per candidate in the greedy, pruning and timing passes
 * @param verifyRuns    replications of the before and after estimates reported
 * @param seed          the seed; the passes use a seed derived from it, so the reported estimates are
 *                      independent of the choices
 * @param threads       worker threads (the result does not depend on them)
 * @param maxAdditions  the most units the search adds before it reports the target unreachable
 */
public record RequirementOptions(double holdDays, double confidence, List<UnitOption> units, List<Place> places,
                                 List<ArrivalTime> arrivals, int searchRuns, int verifyRuns, long seed, int threads,
                                 int maxAdditions) {
    public RequirementOptions {
        if (!(holdDays > 0) || Double.isInfinite(holdDays)) {
            throw new IllegalArgumentException("hold days must be positive, were " + holdDays);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), was " + confidence);
        }
        units = List.copyOf(units);
        places = List.copyOf(places);
        arrivals = List.copyOf(arrivals);
        if (units.isEmpty() || places.isEmpty() || arrivals.isEmpty()) {
            throw new IllegalArgumentException("the search needs at least one unit option, place and arrival time");
        }
        if (searchRuns < 1 || verifyRuns < 1 || threads < 1 || maxAdditions < 0) {
            throw new IllegalArgumentException("runs and threads must be >= 1 and the cap >= 0, were " + searchRuns + ", "
                    + verifyRuns + ", " + threads + ", " + maxAdditions);
        }
    }

    /**
     * Every unit option at every place, the candidate arrivals (C-day, D-day, D+24 h, D+72 h),
     * 400 search and 4,000 verification runs, seed 1, one thread, at most 40 units.
     */
    public static RequirementOptions of(double holdDays, double confidence, List<UnitOption> units, List<Place> places) {
        return new RequirementOptions(holdDays, confidence, units, places, ArrivalTime.candidates(), 400, 4_000, 1, 1, 40);
    }

    public RequirementOptions withRuns(int search, int verify) {
        return new RequirementOptions(holdDays, confidence, units, places, arrivals, search, verify, seed, threads,
                maxAdditions);
    }

    public RequirementOptions withSeed(long s) {
        return new RequirementOptions(holdDays, confidence, units, places, arrivals, searchRuns, verifyRuns, s, threads,
                maxAdditions);
    }

    public RequirementOptions withThreads(int n) {
        return new RequirementOptions(holdDays, confidence, units, places, arrivals, searchRuns, verifyRuns, seed, n,
                maxAdditions);
    }

    public RequirementOptions withConfidence(double c) {
        return new RequirementOptions(holdDays, c, units, places, arrivals, searchRuns, verifyRuns, seed, threads,
                maxAdditions);
    }

    public RequirementOptions withMaxAdditions(int n) {
        return new RequirementOptions(holdDays, confidence, units, places, arrivals, searchRuns, verifyRuns, seed, threads,
                n);
    }
}
