package org.bulwark.deploy.planner;

import org.bulwark.deploy.Bottleneck;
import org.bulwark.deploy.PlannerOptions;
import org.bulwark.deploy.ProgressListener;
import org.bulwark.deploy.network.PlanningNetwork;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Ranks the capacities that held the plan up (docs/deployment-model.md, "Bottlenecks").
 *
 * <p><b>Candidates</b>: the resources the plan's late units waited longest for, by the weighted
 * lateness of those units; then, while places are left, resources that ran at capacity in a period
 * at or before a late unit used them (or on the critical path of a unit that found no arrival). A
 * resource every late unit passed after it filled up (an approach road, say) need not be what held
 * any of them up; a resource units queued on for days is.
 *
 * <p><b>Value</b>: each candidate is made unlimited alone, the plan's <em>late</em> units that used
 * it (or, for a unit that found no arrival, whose critical path crosses it) are taken out and planned
 * again in construction order, and every other unit keeps its movements. That is a feasible plan
 * with the candidate unlimited, so the drop in weighted lateness it shows is what relaxing the
 * capacity saves <em>at least</em>, without touching anyone who is on time. The re-plans are
 * independent, run on up to {@code threads} threads, and are merged in candidate order, so the
 * ranking does not depend on the thread count.
 */
final class BottleneckAnalysis {
    private BottleneckAnalysis() {
    }

    static List<Bottleneck> analyse(Schedule plan, Preparation prep, PlannerOptions options, ProgressListener progress) {
        PlanningNetwork net = plan.net;
        int wanted = options.bottleneckCandidates();
        if (wanted == 0) {
            return List.of();
        }
        Residuals residuals = plan.residuals;
        List<Integer> candidates = candidates(plan, prep, wanted);
        int total = candidates.size();
        double[] saved = new double[total];
        // a re-plan's schedule is reset for the next candidate instead of made anew: at the large
        // preset each new one wrote about 30 MB of residual rows
        Queue<Schedule> spare = new ConcurrentLinkedQueue<>();
        if (options.threads() > 1 && total > 1) {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.threads(), total));
            try {
                List<Future<Double>> futures = new ArrayList<>();
                for (int r : candidates) {
                    futures.add(pool.submit(() -> saving(plan, prep, r, spare)));
                }
                for (int i = 0; i < total; i++) {
                    saved[i] = futures.get(i).get();
                    progress.progress("bottlenecks", i + 1, total);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("bottleneck analysis interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("bottleneck re-plan failed", e.getCause());
            } finally {
                pool.shutdownNow();
            }
        } else {
            for (int i = 0; i < total; i++) {
                saved[i] = saving(plan, prep, candidates.get(i), spare);
                progress.progress("bottlenecks", i + 1, total);
            }
        }
        Integer[] found = new Integer[total];
        int count = 0;
        for (int i = 0; i < total; i++) {
            if (saved[i] > 1e-9) {
                found[count++] = i;
            }
        }
        Arrays.sort(found, 0, count, (a, b) -> {
            int c = Double.compare(saved[b], saved[a]);
            return c != 0 ? c : Integer.compare(candidates.get(a), candidates.get(b));
        });
        List<Bottleneck> out = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            int r = candidates.get(found[j]);
            int delayed = 0;
            for (int u = 0; u < net.unitCount; u++) {
                UnitPlan p = plan.plans[u];
                if (p.outcome == UnitPlan.PLANNED && p.arrival > net.required[u] && uses(p.consumption, r)) {
                    delayed++;
                }
            }
            int saturatedPeriods = 0;
            for (int k = 0; k < net.periods; k++) {
                if (residuals.saturated(r, k)) {
                    saturatedPeriods++;
                }
            }
            out.add(new Bottleneck(out.size() + 1, net.resource(r), net.capacityPerDay[r], saved[found[j]], delayed,
                    saturatedPeriods));
        }
        return out;
    }

    /** Up to {@code wanted} resources to relax, most promising first (see the class comment). */
    static List<Integer> candidates(Schedule plan, Preparation prep, int wanted) {
        PlanningNetwork net = plan.net;
        Residuals residuals = plan.residuals;
        double[] waitScore = new double[net.resourceCount];
        for (int u = 0; u < net.unitCount; u++) {
            UnitPlan p = plan.plans[u];
            double wl = plan.weightedLateness(u);
            if (wl > 0 && p.outcome == UnitPlan.PLANNED && p.longestWaitRes >= 0 && residuals.constrained(p.longestWaitRes)) {
                waitScore[p.longestWaitRes] += wl;
            }
        }
        double[] saturationScore = saturationScores(plan, prep);
        List<Integer> byWait = new ArrayList<>();
        List<Integer> bySaturation = new ArrayList<>();
        for (int r = 0; r < net.resourceCount; r++) {
            if (waitScore[r] > 0) {
                byWait.add(r);
            } else if (saturationScore[r] > 0) {
                bySaturation.add(r);
            }
        }
        byWait.sort((a, b) -> {
            int c = Double.compare(waitScore[b], waitScore[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        bySaturation.sort((a, b) -> {
            int c = Double.compare(saturationScore[b], saturationScore[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        List<Integer> chosen = new ArrayList<>(byWait.subList(0, Math.min(wanted, byWait.size())));
        for (int i = 0; chosen.size() < wanted && i < bySaturation.size(); i++) {
            chosen.add(bySaturation.get(i));
        }
        return chosen;
    }

    /**
     * Per resource, the weighted lateness of the late units that used it in a period at or after the
     * first one it ran full in, plus that of the units without an arrival whose critical path
     * touches a resource that ran full.
     */
    private static double[] saturationScores(Schedule plan, Preparation prep) {
        PlanningNetwork net = plan.net;
        Residuals residuals = plan.residuals;
        int[] firstSaturated = new int[net.resourceCount];
        Arrays.fill(firstSaturated, Integer.MAX_VALUE);
        for (int r = 0; r < net.resourceCount; r++) {
            if (residuals.constrained(r)) {
                for (int k = 0; k < net.periods; k++) {
                    if (residuals.saturated(r, k)) {
                        firstSaturated[r] = k;
                        break;
                    }
                }
            }
        }
        double[] score = new double[net.resourceCount];
        int[] seen = new int[net.resourceCount];
        Arrays.fill(seen, -1);
        for (int u = 0; u < net.unitCount; u++) {
            double wl = plan.weightedLateness(u);
            if (wl <= 0) {
                continue;
            }
            UnitPlan p = plan.plans[u];
            Consumption c = p.consumption;
            for (int i = 0; i < c.size; i++) {
                int r = c.res[i];
                if (seen[r] != u && firstSaturated[r] <= c.period[i]) {
                    seen[r] = u;
                    score[r] += wl;
                }
            }
            if (p.outcome == UnitPlan.EXHAUSTED) {
                for (int r : criticalResources(net, prep, u)) {
                    if (r >= 0 && seen[r] != u && firstSaturated[r] != Integer.MAX_VALUE) {
                        seen[r] = u;
                        score[r] += wl;
                    }
                }
            }
        }
        return score;
    }

    /** The resources unit {@code u}'s critical path touches: its arcs, their end nodes' handling and gauge breaks (-1 for none). */
    private static int[] criticalResources(PlanningNetwork net, Preparation prep, int u) {
        int[] route = prep.criticalRoute[u];
        int[] out = new int[4 * route.length];
        for (int i = 0; i < route.length; i++) {
            int e = route[i];
            out[4 * i] = e;
            out[4 * i + 1] = net.handlingRes(net.arcTail[e]);
            out[4 * i + 2] = net.handlingRes(net.arcHead[e]);
            out[4 * i + 3] = net.gaugeBreakRes[net.arcTail[e]];
        }
        return out;
    }

    /**
     * How much the weighted lateness of {@code plan} drops when resource {@code r} is unlimited and
     * its late units (see the class comment) are planned again, everyone else keeping their
     * movements; 0 or less when it does not. Reads {@code plan} only.
     */
    static double saving(Schedule plan, Preparation prep, int r) {
        return saving(plan, prep, r, new ConcurrentLinkedQueue<>());
    }

    /**
     * {@link #saving(Schedule, Preparation, int)} on a schedule taken from {@code spare} (a new one
     * when it is empty) and put back there after. Its residuals are reset with {@code r} relaxed;
     * its unit plans are not, as only those of the units planned again are read, each after its
     * insertion wrote it whole.
     */
    private static double saving(Schedule plan, Preparation prep, int r, Queue<Schedule> spare) {
        PlanningNetwork net = plan.net;
        Schedule relaxed = spare.poll();
        if (relaxed == null) {
            relaxed = new Schedule(net, new Residuals(net, r), prep);
        } else {
            relaxed.residuals.reset(r);
        }
        try {
            return saving(plan, prep, r, relaxed);
        } finally {
            spare.add(relaxed);
        }
    }

    private static double saving(Schedule plan, Preparation prep, int r, Schedule relaxed) {
        PlanningNetwork net = plan.net;
        List<Integer> again = new ArrayList<>();
        double before = 0;
        for (int u : prep.order) {
            UnitPlan p = plan.plans[u];
            double wl = plan.weightedLateness(u);
            if (wl > 0 && (p.outcome == UnitPlan.PLANNED ? uses(p.consumption, r) : touches(net, prep, u, r))) {
                again.add(u);
                before += wl;
            } else {
                relaxed.residuals.reapply(p.consumption);
            }
        }
        if (again.isEmpty()) {
            return 0;
        }
        double after = 0;
        for (int u : again) {
            relaxed.insert(u);
            after += relaxed.weightedLateness(u);
        }
        return before - after;
    }

    private static boolean touches(PlanningNetwork net, Preparation prep, int u, int r) {
        for (int res : criticalResources(net, prep, u)) {
            if (res == r) {
                return true;
            }
        }
        return false;
    }

    private static boolean uses(Consumption c, int r) {
        for (int i = 0; i < c.size; i++) {
            if (c.res[i] == r) {
                return true;
            }
        }
        return false;
    }
}
