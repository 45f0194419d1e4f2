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
     * <p>The rebuild is exact but searches again only the units whose first-plan search could come
     * out differently. Before each insertion the relaxed residuals equal the first plan's at the
     * same point in every (resource, period) not marked in {@code differs}, apart from {@code r}
     * itself. A fill's result depends only on the residuals of the periods it scans, so a unit's
     * search and commit are a deterministic function of the (resource, period)s they read
     * ({@link FirstPlan#read}) and of its A* potential. A unit that read no marked period, did
     * not wait for {@code r} (every fill it tried on {@code r} completed at its start, as it does
     * unconstrained) and whose potential does not change with {@code r} relaxed therefore finds
     * and takes exactly what it did in the first plan: its plan is copied and its fills
     * re-applied, which reproduces the first plan's residuals bit for bit. Any other unit is
     * searched again; when what it takes off {@code r} differs from its first plan, each
     * (resource, period) it takes from, now or then, is compared with a shadow of the first plan's
     * residuals (its fills re-applied in order) and marked where they differ, cleared where they
     * agree. A unit that ran out of capacity in either plan may have taken and given back capacity
     * (rounding may leave a trace), so after one every later unit is searched again. At the large
     * preset this searches only a small share of the 3,000 units again
     * (docs/BENCHMARKS.md).
     */
    static double replan(PlanningNetwork net, Preparation prep, FirstPlan first, int r) {
        Schedule s = new Schedule(net, new Residuals(net, r), prep);
        Residuals shadow = new Residuals(net);
        Marks differs = new Marks(net);
        boolean diverged = false;
        double late = 0;
        // far above the rounding of either sum, so a stop never hides a real saving
        double stop = first.weightedLateHours + 1e-6 * Math.max(1, first.weightedLateHours);
        for (int u : prep.order) {
            UnitPlan was = first.plans[u];
            UnitPlan p = s.plans[u];
            boolean again = diverged || mayChange(net, first, u, r, differs);
            if (again) {
                s.insert(u);
            } else {
                p.copyFrom(was);
                s.residuals.reapply(p.consumption);
            }
            shadow.reapply(was.consumption);
            if (p.outcome == UnitPlan.EXHAUSTED || was.outcome == UnitPlan.EXHAUSTED) {
                diverged = true;
            } else if (again && !sameOffRelaxed(p.consumption, was.consumption, r)) {
                differs.compare(p.consumption, s.residuals, shadow, r);
                differs.compare(was.consumption, s.residuals, shadow, r);
            }
            late += s.weightedLateness(u);
            if (late > stop) {
                return late;
            }
        }
        return s.objective().weightedLateHours();
    }

    /** Whether unit {@code u}'s search with {@code r} relaxed may differ from its first-plan search. */
    private static boolean mayChange(PlanningNetwork net, FirstPlan first, int u, int r, Marks differs) {
        if (ArrivalSearch.arcDelay(net, u, r) > 0) {
            return true;
        }
        for (int res : first.waited[u]) {
            if (res == r) {
                return true;
            }
        }
        return differs.anyRead(first.read[u]);
    }

    /** Whether two fill logs take the same tonnes from the same (resource, period)s in the same order, {@code r} left out. */
    private static boolean sameOffRelaxed(Consumption a, Consumption b, int r) {
        int i = 0;
        int j = 0;
        while (true) {
            while (i < a.size && a.res[i] == r) {
                i++;
            }
            while (j < b.size && b.res[j] == r) {
                j++;
            }
            if (i == a.size || j == b.size) {
                return i == a.size && j == b.size;
            }
            if (a.res[i] != b.res[j] || a.period[i] != b.period[j] || a.tonnes[i] != b.tonnes[j]) {
                return false;
            }
            i++;
            j++;
        }
    }

    /** Marked (resource, period)s: one bitset of periods per resource, and which resources ever had one. */
    private static final class Marks {
        private final int periods;
        private final int words;
        private final long[] bits;
        private final boolean[] any;

        Marks(PlanningNetwork net) {
            periods = net.periods;
            words = (periods + 63) >>> 6;
            bits = new long[net.resourceCount * words];
            any = new boolean[net.resourceCount];
        }

        /** Marks the (resource, period)s of {@code c} where {@code a} and {@code b} differ and clears the others, {@code skip} left out. */
        void compare(Consumption c, Residuals a, Residuals b, int skip) {
            for (int i = 0; i < c.size; i++) {
                int res = c.res[i];
                if (res == skip) {
                    continue;
                }
                int k = c.period[i];
                long bit = 1L << k;
                if (a.left(res, k) != b.left(res, k)) {
                    any[res] = true;
                    bits[res * words + (k >>> 6)] |= bit;
                } else {
                    bits[res * words + (k >>> 6)] &= ~bit;
                }
            }
        }

        boolean anyRead(int[] read) {
            for (int i = 0; i < read.length; i += 2) {
                int res = read[i];
                if (any[res] && anyIn(res, lo(read[i + 1]), hi(read[i + 1]))) {
                    return true;
                }
            }
            return false;
        }

        private int lo(int packed) {
            return packed == 0xFFFF ? 0 : packed >>> 16;
        }

        private int hi(int packed) {
            return packed == 0xFFFF ? periods - 1 : packed & 0xFFFF;
        }

        private boolean anyIn(int res, int lo, int hi) {
            int base = res * words;
            for (int w = lo >>> 6; w <= hi >>> 6; w++) {
                long m = bits[base + w];
                if (w == lo >>> 6) {
                    m &= -1L << lo;
                }
                if (w == hi >>> 6) {
                    m &= -1L >>> (63 - (hi & 63));
                }
                if (m != 0) {
                    return true;
                }
            }
            return false;
        }
    }
}
