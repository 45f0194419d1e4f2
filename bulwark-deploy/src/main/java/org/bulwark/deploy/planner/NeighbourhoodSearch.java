package org.bulwark.deploy.planner;

import org.bulwark.deploy.Objective;
import org.bulwark.deploy.ProgressListener;
import org.bulwark.deploy.network.PlanningNetwork;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic improvement of a {@link Schedule}. First, while the budget allows, re-planning
 * passes ({@link #rebuild}): every unit is re-inserted, late units moved earlier in the order
 * by their hours late (squeaky-wheel optimisation, Joslin and Clements 1999) and on-time units
 * kept off the arcs late units waited on when they stay on time that way; the passes stop at the
 * first that does not improve. A pass costs ⌈units ÷ 13⌉ rounds (the rounds that re-insert as many
 * units at most), so on the large preset the default 100 rounds buy none. Then
 * large-neighbourhood search (Shaw 1998; Ropke and
 * Pisinger 2006 for the remove/re-insert scheme): each round picks a late unit, removes it with
 * the units that used the saturated capacity on its way (on its current route and on its critical
 * path, in the periods before it arrived), re-inserts the late unit first and the others after it
 * in one of a few orders, and keeps the result only when the lexicographic objective improves.
 * The budget is a number of rounds; randomness comes from a fixed seed.
 */
final class NeighbourhoodSearch {
    private static final long SEED = 0x6275_6c77_6172_6bL;
    private static final int MAX_REMOVED = 12;
    private static final int TARGET_POOL = 8;
    /** Most re-planning passes before the rounds, each costing the rounds that re-insert as many units. */
    private static final int MAX_PASSES = 4;

    private final Schedule schedule;
    private final PlanningNetwork net;
    private final Preparation prep;
    private final SplittableRandom random = new SplittableRandom(SEED);
    private final boolean[] interest;
    private final int[] rank;
    private final double[] score;
    /** Rounds that found nothing to do on a target, to move to the next one. */
    private final int[] failures;

    /** Per unit, the required hour less its hours late in every plan a pass started from. */
    private final double[] urgency;

    int accepted;
    int rounds;

    /** Threads the re-planning passes may use: with two, each unit's search off the congested arcs runs beside its plain one. */
    private final int threads;

    NeighbourhoodSearch(Schedule schedule, Preparation prep) {
        this(schedule, prep, 1);
    }

    NeighbourhoodSearch(Schedule schedule, Preparation prep, int threads) {
        this.threads = threads;
        this.schedule = schedule;
        this.net = schedule.net;
        this.prep = prep;
        this.interest = new boolean[net.resourceCount];
        this.rank = new int[net.unitCount];
        for (int i = 0; i < prep.order.length; i++) {
            rank[prep.order[i]] = i;
        }
        this.score = new double[net.unitCount];
        this.failures = new int[net.unitCount];
        this.urgency = net.required.clone();
    }

    Objective run(int budget, ProgressListener progress) {
        Objective current = schedule.objective();
        int passCost = (prep.order.length + MAX_REMOVED) / (MAX_REMOVED + 1);
        int start = 0;
        for (int pass = 0; pass < MAX_PASSES && start + passCost <= budget; pass++) {
            start += passCost;
            Objective candidate = rebuild(current);
            progress.progress("improvement", start, budget);
            if (candidate == null) {
                break;
            }
            current = candidate;
        }
        List<Integer> late = new ArrayList<>();
        for (int round = start; round < budget; round++) {
            rounds++;
            late.clear();
            for (int u : prep.order) {
                if (schedule.weightedLateness(u) > 0) {
                    late.add(u);
                }
            }
            if (late.isEmpty()) {
                progress.progress("improvement", budget, budget);
                break;
            }
            late.sort((a, b) -> {
                int c = Integer.compare(failures[a], failures[b]);
                if (c != 0) {
                    return c;
                }
                c = Double.compare(schedule.weightedLateness(b), schedule.weightedLateness(a));
                return c != 0 ? c : Integer.compare(rank[a], rank[b]);
            });
            int target = late.get(random.nextInt(Math.min(TARGET_POOL, late.size())));
            int[] removed = neighbourhood(target);
            UnitPlan[] saved = reinsert(removed, round);
            Objective candidate = schedule.objective();
            if (candidate.compareTo(current) < 0) {
                current = candidate;
                accepted++;
                failures[target] = 0;
            } else {
                restore(removed, saved);
                failures[target]++;
            }
            progress.progress("improvement", round + 1, budget);
        }
        return current;
    }

    /** The target first, then up to MAX_REMOVED units that used saturated capacity it needed. */
    private int[] neighbourhood(int target) {
        UnitPlan tp = schedule.plans[target];
        Arrays.fill(interest, false);
        for (int i = 0; i < tp.consumption.size; i++) {
            interest[tp.consumption.res[i]] = true;
        }
        for (int e : prep.criticalRoute[target]) {
            interest[e] = true;
            interest[net.handlingRes(net.arcTail[e])] = true;
            interest[net.handlingRes(net.arcHead[e])] = true;
            int gb = net.gaugeBreakRes[net.arcTail[e]];
            if (gb >= 0) {
                interest[gb] = true;
            }
        }
        int from = net.period(net.available[target]);
        double end = tp.outcome == UnitPlan.PLANNED ? tp.arrival : net.horizon;
        int to = Math.min(net.periods - 1, net.period(end));
        Residuals residuals = schedule.residuals;
        List<Integer> candidates = new ArrayList<>();
        for (int u : prep.order) {
            if (u == target) {
                continue;
            }
            Consumption c = schedule.plans[u].consumption;
            double s = 0;
            for (int i = 0; i < c.size; i++) {
                int k = c.period[i];
                int r = c.res[i];
                if (k >= from && k <= to && interest[r] && residuals.saturated(r, k)) {
                    s += c.tonnes[i];
                }
            }
            if (s > 0) {
                score[u] = s;
                candidates.add(u);
            }
        }
        candidates.sort((a, b) -> {
            int c = Double.compare(score[b], score[a]);
            return c != 0 ? c : Integer.compare(rank[a], rank[b]);
        });
        int take = Math.min(candidates.size(), 2 + random.nextInt(MAX_REMOVED - 1));
        // a random subset of the strongest 2·take candidates keeps rounds from repeating
        List<Integer> pool = new ArrayList<>(candidates.subList(0, Math.min(candidates.size(), 2 * take)));
        int[] removed = new int[1 + take];
        removed[0] = target;
        for (int i = 0; i < take; i++) {
            int j = i + random.nextInt(pool.size() - i);
            int pick = pool.get(j);
            pool.set(j, pool.get(i));
            pool.set(i, pick);
            removed[1 + i] = pick;
        }
        return removed;
    }

    /** Removes {@code removed}, re-inserts them in one of three orders; returns the copies to restore. */
    private UnitPlan[] reinsert(int[] removed, int round) {
        UnitPlan[] saved = new UnitPlan[removed.length];
        for (int i = 0; i < removed.length; i++) {
            saved[i] = schedule.plans[removed[i]].copy();
            schedule.remove(removed[i]);
        }
        int[] order = removed.clone();
        int variant = round % 3;
        if (variant == 0) {
            sortByRank(order, 1);
        } else if (variant == 1) {
            sortByRank(order, 1);
            reverse(order, 1);
        } else {
            for (int i = order.length - 1; i > 1; i--) {
                int j = 1 + random.nextInt(i);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
        }
        for (int u : order) {
            schedule.insert(u);
        }
        return saved;
    }

    /**
     * One re-planning pass (squeaky-wheel style, Joslin and Clements 1999): each late unit's
     * urgency moves earlier by its hours late, and the arcs late units waited on (full in a period
     * between their availability and their departure over the arc) become <i>congested</i>. Every
     * unit is then removed and re-inserted by urgency (construction order on ties), off the
     * congested arcs when it is still on time that way — by sea or air instead of the saturated
     * land frontier, say — else at its earliest arrival. Keeps the result and returns its
     * objective when it is better; otherwise puts the plan back and returns null.
     */
    private Objective rebuild(Objective current) {
        boolean[] congested = new boolean[net.arcCount];
        Residuals residuals = schedule.residuals;
        int[] all = prep.order;
        for (int u : all) {
            double weighted = schedule.weightedLateness(u);
            if (weighted <= 0) {
                continue;
            }
            urgency[u] -= weighted * net.priority[u]; // hours late (horizon end when exhausted)
            UnitPlan p = schedule.plans[u];
            int from = net.period(net.available[u]);
            for (int i = 0; i < p.legCount; i++) {
                if (p.legKind[i] != UnitPlan.MOVE) {
                    continue;
                }
                int e = p.legWhere[i];
                int to = net.period(p.legDepart[i]);
                for (int k = from; k < to && !congested[e]; k++) {
                    congested[e] = residuals.saturated(e, k);
                }
            }
        }
        Integer[] byUrgency = new Integer[all.length];
        for (int i = 0; i < all.length; i++) {
            byUrgency[i] = all[i];
        }
        Arrays.sort(byUrgency, (a, b) -> {
            int c = Double.compare(urgency[a], urgency[b]);
            return c != 0 ? c : Integer.compare(rank[a], rank[b]);
        });
        UnitPlan[] saved = new UnitPlan[all.length];
        for (int i = 0; i < all.length; i++) {
            saved[i] = schedule.plans[all[i]].copy();
            schedule.remove(all[i]);
        }
        double[] limits = net.arcWeightLimit.clone();
        for (int e = 0; e < limits.length; e++) {
            if (congested[e]) {
                limits[e] = Double.NEGATIVE_INFINITY;
            }
        }
        if (threads > 1) {
            // the worker parks as soon as it is idle: this thread hands it the next unit only after its
            // own, longer search, and a spinning worker took a processor from the JIT compiler (on 2 vCPUs
            // the cold plan was ~10 % slower; the warm one no faster)
            try (SearchWorker worker = new SearchWorker(schedule, "bulwark-replanning", 0)) {
                for (Integer u : byUrgency) {
                    schedule.insertAvoiding(u, limits, worker);
                }
            }
        } else {
            for (Integer u : byUrgency) {
                schedule.insertAvoiding(u, limits, null);
            }
        }
        Objective candidate = schedule.objective();
        if (candidate.compareTo(current) < 0) {
            return candidate;
        }
        restore(all, saved);
        return null;
    }

    /** Takes the re-inserted plans out and puts the saved ones back exactly. */
    private void restore(int[] removed, UnitPlan[] saved) {
        for (int u : removed) {
            schedule.remove(u);
        }
        for (int i = 0; i < removed.length; i++) {
            UnitPlan p = schedule.plans[removed[i]];
            p.copyFrom(saved[i]);
            schedule.residuals.reapply(p.consumption);
        }
    }

    private void sortByRank(int[] order, int from) {
        Integer[] tail = new Integer[order.length - from];
        for (int i = from; i < order.length; i++) {
            tail[i - from] = order[i];
        }
        Arrays.sort(tail, (a, b) -> Integer.compare(rank[a], rank[b]));
        for (int i = from; i < order.length; i++) {
            order[i] = tail[i - from];
        }
    }

    private static void reverse(int[] a, int from) {
        for (int i = from, j = a.length - 1; i < j; i++, j--) {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
