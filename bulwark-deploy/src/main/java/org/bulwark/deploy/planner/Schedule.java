package org.bulwark.deploy.planner;

import org.bulwark.deploy.Objective;
import org.bulwark.deploy.UnreachableReason;
import org.bulwark.deploy.network.PlanningNetwork;

/**
 * A plan under construction: residual capacities, one {@link UnitPlan} per reinforcement, and a
 * search workspace. Units are inserted one at a time (each takes the earliest arrival the capacity
 * left allows) and can be removed again, giving their capacity back.
 */
final class Schedule {
    final PlanningNetwork net;
    final Residuals residuals;
    final ArrivalSearch search;
    final UnitPlan[] plans;

    Schedule(PlanningNetwork net, Residuals residuals, Preparation prep) {
        this(net, residuals, prep.potential);
        fixOutcomes(prep);
    }

    /**
     * A schedule whose reinforcements are all still to insert, searching with {@code potentials}
     * ({@link Preparation#potential}, which may still be filling up: a unit's entry is read only
     * when it is inserted). Call {@link #fixOutcomes} once the preparation is complete.
     */
    Schedule(PlanningNetwork net, Residuals residuals, double[][] potentials) {
        this.net = net;
        this.residuals = residuals;
        this.search = new ArrivalSearch(net);
        this.search.potentials = potentials;
        this.plans = new UnitPlan[net.unitCount];
        for (int u = 0; u < net.unitCount; u++) {
            UnitPlan p = new UnitPlan();
            p.outcome = UnitPlan.EXHAUSTED; // until inserted
            plans[u] = p;
        }
    }

    /** Gives the units that never move (at home, or with no legal route) their outcome from {@code prep}. */
    void fixOutcomes(Preparation prep) {
        for (int u = 0; u < net.unitCount; u++) {
            UnitPlan p = plans[u];
            byte fixed = prep.fixedOutcome[u];
            if (fixed == UnitPlan.AT_HOME) {
                p.outcome = fixed;
                p.arrival = net.available[u];
            } else if (fixed == UnitPlan.STRUCTURAL) {
                p.outcome = fixed;
                p.reason = prep.verdicts[u].reason();
                p.reasonDetail = prep.verdicts[u].detail();
            }
        }
    }

    /** Plans unit {@code u} against the capacity left. */
    void insert(int u) {
        double arrival = search.search(u, residuals, false);
        place(u, arrival == Double.POSITIVE_INFINITY ? null : search.route());
    }

    /**
     * Commits unit {@code u} along {@code route} when it arrives there exactly at {@code arrival}
     * against the capacity left; returns whether it did (otherwise nothing is taken).
     */
    boolean placeIfArriving(int u, int[] route, double arrival) {
        if (search.arrivalAlong(u, route, residuals) != arrival) {
            return false;
        }
        UnitPlan p = plans[u];
        if (!search.commit(u, route, residuals, p)) {
            return false;
        }
        if (p.arrival != arrival) {
            // the route passes a resource twice and its own first fill delays the second
            residuals.release(p.consumption, 0);
            p.clearLegs();
            return false;
        }
        p.reason = null;
        return true;
    }

    /** Commits unit {@code u} along {@code route} as found by a search on the capacity left, or gives it up when null. */
    void place(int u, int[] route) {
        UnitPlan p = plans[u];
        if (route == null || !search.commit(u, route, residuals, p)) {
            p.clearLegs();
            p.outcome = UnitPlan.EXHAUSTED;
            p.reason = UnreachableReason.CAPACITY_EXHAUSTED;
            p.arrival = Double.NaN;
        } else {
            p.reason = null;
        }
    }

    /**
     * Plans unit {@code u} with the arc weight limits {@code limits} (the network's with the arcs
     * to keep off at -∞) when that still delivers it on time, leaving those arcs' capacity to
     * others; otherwise as {@link #insert}. Returns whether it kept off them.
     */
    boolean insertAvoiding(int u, double[] limits) {
        return insertAvoiding(u, limits, null);
    }

    /**
     * {@link #insertAvoiding(int, double[])}, with {@code worker} (or null) searching with the
     * limits while this thread does the search {@link #insert} would do: both read the same
     * residuals, untouched until both are done, so the result is the same as one search after the
     * other.
     */
    boolean insertAvoiding(int u, double[] limits, SearchWorker worker) {
        if (worker == null) {
            search.weightLimits = limits;
            double arrival;
            try {
                arrival = search.search(u, residuals, false, net.required[u]);
            } finally {
                search.weightLimits = null;
            }
            return placeAvoiding(u, arrival, arrival == Double.POSITIVE_INFINITY ? null : search.route(), false, null);
        }
        // only an on-time arrival is taken: the search with the limits may give up once none is left
        SearchWorker.Task avoiding = new SearchWorker.Task(u, limits, net.required[u]);
        worker.offer(avoiding);
        double plain;
        int[] plainRoute;
        try {
            plain = search.search(u, residuals, false);
            plainRoute = plain == Double.POSITIVE_INFINITY ? null : search.route();
        } finally {
            avoiding.await(); // before anything changes the residuals it reads
        }
        return placeAvoiding(u, avoiding.arrival, avoiding.route, true, plainRoute);
    }

    /**
     * Commits unit {@code u} along {@code avoiding} when that arrives on time; otherwise, when
     * {@code searched}, along {@code plain}, the route of a search without limits on the same
     * residuals (null: none found), else as {@link #insert}.
     */
    private boolean placeAvoiding(int u, double arrival, int[] avoiding, boolean searched, int[] plain) {
        UnitPlan p = plans[u];
        if (arrival <= net.required[u]) {
            if (search.commit(u, avoiding, residuals, p)) {
                p.reason = null;
                return true;
            }
            // the failed commit gave its capacity back, perhaps not to the last bit: search again
            insert(u);
        } else if (searched) {
            place(u, plain);
        } else {
            insert(u);
        }
        return false;
    }

    /** Gives unit {@code u}'s capacity back (its plan stays readable until it is inserted again). */
    void remove(int u) {
        residuals.release(plans[u].consumption, 0);
    }

    boolean movable(int u) {
        byte o = plans[u].outcome;
        return o == UnitPlan.PLANNED || o == UnitPlan.EXHAUSTED;
    }

    double weightedLateness(int u) {
        UnitPlan p = plans[u];
        double w = 1.0 / net.priority[u];
        return switch (p.outcome) {
            case UnitPlan.PLANNED -> w * Math.max(0, p.arrival - net.required[u]);
            case UnitPlan.EXHAUSTED -> w * Math.max(0, net.horizon - net.required[u]);
            default -> 0;
        };
    }

    /** The lexicographic objective of docs/deployment-model.md, summed in unit order. */
    Objective objective() {
        double late = 0;
        double closure = 0;
        double lift = 0;
        for (int u = 0; u < plans.length; u++) {
            UnitPlan p = plans[u];
            late += weightedLateness(u);
            if (p.arrived()) {
                closure = Math.max(closure, p.arrival);
            }
            if (p.outcome == UnitPlan.PLANNED) {
                lift += net.tonnes[u] * p.km;
            }
        }
        return new Objective(late, closure, lift);
    }
}
