package org.bulwark.deploy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Ranks the capacities that held the plan up: candidates are resources that ran at capacity in a
 * period at or before a late unit used them (or on the critical path of a unit that found no
 * arrival); each is relaxed alone and the first plan is rebuilt the same way, and the drop in
 * weighted lateness is its value. The re-plans are independent and run on up to
 * {@code threads} threads; results are merged in candidate order, so the ranking does not depend
 * on the thread count.
 */
final class BottleneckAnalysis {
    private BottleneckAnalysis() {
    }

    static List<Bottleneck> analyse(Schedule plan, Preparation prep, FirstPlan first, PlannerOptions options,
                                    ProgressListener progress) {
        PlanningNetwork net = plan.net;
        int wanted = options.bottleneckCandidates();
        if (wanted == 0) {
            return List.of();
        }
        double firstPlanLateness = first.weightedLateHours;
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
                for (int e : prep.criticalRoute[u]) {
                    int[] touched = {e, net.handlingRes(net.arcTail[e]), net.handlingRes(net.arcHead[e]),
                            net.gaugeBreakRes[net.arcTail[e]]};
                    for (int r : touched) {
                        if (r >= 0 && seen[r] != u && firstSaturated[r] != Integer.MAX_VALUE) {
                            seen[r] = u;
                            score[r] += wl;
                        }
                    }
                }
            }
        }
        List<Integer> candidates = new ArrayList<>();
        for (int r = 0; r < net.resourceCount; r++) {
            if (score[r] > 0) {
                candidates.add(r);
            }
        }
        candidates.sort((a, b) -> {
            int c = Double.compare(score[b], score[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        if (candidates.size() > wanted) {
            candidates = new ArrayList<>(candidates.subList(0, wanted));
        }
        int total = candidates.size();
        double[] relaxedLateness = new double[total];
        if (options.threads() > 1 && total > 1) {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.threads(), total));
            try {
                List<Future<Double>> futures = new ArrayList<>();
                for (int r : candidates) {
                    futures.add(pool.submit(() -> replan(net, prep, first, r)));
                }
                for (int i = 0; i < total; i++) {
                    relaxedLateness[i] = futures.get(i).get();
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
                relaxedLateness[i] = replan(net, prep, first, candidates.get(i));
                progress.progress("bottlenecks", i + 1, total);
            }
        }
        List<Integer> found = new ArrayList<>();
        double[] saved = new double[net.resourceCount];
        for (int i = 0; i < total; i++) {
            int r = candidates.get(i);
            saved[r] = firstPlanLateness - relaxedLateness[i];
            if (saved[r] > 1e-9) {
                found.add(r);
            }
        }
        found.sort((a, b) -> {
            int c = Double.compare(saved[b], saved[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        List<Bottleneck> out = new ArrayList<>();
        for (int r : found) {
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
            out.add(new Bottleneck(out.size() + 1, net.resource(r), net.capacityPerDay[r], saved[r], delayed,
                    saturatedPeriods));
        }
        return out;
    }

    private static boolean uses(Consumption c, int r) {
        for (int i = 0; i < c.size; i++) {
            if (c.res[i] == r) {
                return true;
            }
        }
        return false;
    }

    /**
     * Weighted lateness of the first plan rebuilt with resource {@code r} unconstrained, or a
     * partial sum already above the first plan's (then {@code r} is no bottleneck and the rest
     * of the re-plan cannot change that, lateness being a sum of non-negative terms).
     *
     * <p>Units inserted before the first one that waited for {@code r} find and take exactly what
     * they did in the first plan (every fill they tried on {@code r} completed at its start, as it
     * does unconstrained, and every other resource is in the same state), so their plans are
     * copied instead of searched again.
     */
    static double replan(PlanningNetwork net, Preparation prep, FirstPlan first, int r) {
        Schedule s = new Schedule(net, new Residuals(net, r), prep);
        int[] order = prep.order;
        int same = Math.min(order.length, first.firstWait[r]);
        double late = 0;
        for (int i = 0; i < same; i++) {
            int u = order[i];
            UnitPlan p = s.plans[u];
            p.copyFrom(first.plans[u]);
            s.residuals.reapply(p.consumption);
            late += s.weightedLateness(u);
        }
        // far above the rounding of either sum, so a stop never hides a real saving
        double stop = first.weightedLateHours + 1e-6 * Math.max(1, first.weightedLateHours);
        for (int i = same; i < order.length; i++) {
            s.insert(order[i]);
            late += s.weightedLateness(order[i]);
            if (late > stop) {
                return late;
            }
        }
        return s.objective().weightedLateHours();
    }
}
