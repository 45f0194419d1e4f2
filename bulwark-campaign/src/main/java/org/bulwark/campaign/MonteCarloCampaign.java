package org.bulwark.campaign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.bulwark.campaign.CampaignAssessment.Attrition;
import org.bulwark.campaign.CampaignAssessment.AxisForceRatio;
import org.bulwark.campaign.CampaignAssessment.ConvergencePoint;
import org.bulwark.campaign.CampaignAssessment.HeldPoint;
import org.bulwark.campaign.CampaignAssessment.ObjectiveOutlook;
import org.bulwark.campaign.CampaignAssessment.RatioPoint;
import org.bulwark.campaign.CampaignAssessment.Sensitivity;
import org.bulwark.campaign.CampaignAssessment.TimeToFall;
import org.bulwark.model.Distribution;
import org.bulwark.model.Uncertainty;

/**
 * Runs seeded replications of the campaign engine and summarises them (docs/model.md,
 * "Monte Carlo"). Replications are handed to worker threads in fixed blocks; each writes its
 * outcome at its own index and the summaries are computed in replication order afterwards, so
 * the assessment is bit-identical for any number of threads.
 */
public final class MonteCarloCampaign {
    private static final int BLOCK = 64;
    private static final double Z95 = 1.959963984540054;

    private MonteCarloCampaign() {
    }

    /** Runs the Monte Carlo and, when asked for, the tornado runs of every uncertain input. */
    public static CampaignAssessment assess(CampaignModel model, MonteCarloOptions options, CampaignProgress progress) {
        List<Integer> tornado = new ArrayList<>();
        for (int i = 0; i < model.uncertainties.length; i++) {
            if (!(model.uncertainties[i].distribution() instanceof Distribution.Fixed) && options.sensitivityRuns() > 0) {
                tornado.add(i);
            }
        }
        long total = options.runs() + 2L * tornado.size() * options.sensitivityRuns();
        AtomicLong done = new AtomicLong();
        Batch main = simulate(model, options, options.runs(), -1, 0, true, done, total, progress);

        int nObj = model.objectiveIds.length;
        int runs = options.runs();
        List<ObjectiveOutlook> outlooks = new ArrayList<>();
        double horizon = model.days * 24;
        for (int o = 0; o < nObj; o++) {
            double[] falls = new double[runs];
            for (int r = 0; r < runs; r++) {
                falls[r] = main.fall[r * nObj + o];
            }
            Arrays.sort(falls);
            List<HeldPoint> held = new ArrayList<>();
            for (int j = 0; j * options.heldEveryHours() <= horizon + 1e-9; j++) {
                double h = j * options.heldEveryHours();
                held.add(wilson(h, runs - countAtMost(falls, h), runs));
            }
            int never = runs - countAtMost(falls, Double.MAX_VALUE);
            double[] gates = new double[runs];
            for (int r = 0; r < runs; r++) {
                gates[r] = main.gate[r * nObj + o];
            }
            Arrays.sort(gates);
            TimeToFall atTheGates = new TimeToFall(fallPercentile(gates, 0.05), fallPercentile(gates, 0.5),
                    fallPercentile(gates, 0.95), (double) (runs - countAtMost(gates, Double.MAX_VALUE)) / runs);
            outlooks.add(new ObjectiveOutlook(model.objectiveIds[o], held, fallStory(main, nObj, o, runs), new TimeToFall(fallPercentile(falls, 0.05),
                    fallPercentile(falls, 0.5), fallPercentile(falls, 0.95), (double) never / runs), atTheGates));
        }
        int allHeld = 0;
        double heldSum = 0;
        for (int r = 0; r < runs; r++) {
            heldSum += main.held[r];
            if (main.held[r] == nObj) {
                allHeld++;
            }
        }

        List<AxisForceRatio> axes = new ArrayList<>();
        int samples = CampaignEngine.sampleCount(model, options.ratioEveryHours());
        for (int a = 0; a < model.axisIds.length; a++) {
            List<RatioPoint> points = new ArrayList<>();
            for (int s = 0; s < samples; s++) {
                int cell = a * samples + s;
                RatioHistogram h = main.ratios;
                points.add(new RatioPoint((s + 1) * options.ratioEveryHours(), (double) h.opposed[cell] / runs,
                        (double) h.unopposed[cell] / runs, h.mean(cell), h.percentile(cell, 0.05),
                        h.percentile(cell, 0.5), h.percentile(cell, 0.95)));
            }
            axes.add(new AxisForceRatio(model.axisIds[a], points));
        }

        List<Sensitivity> sensitivity = new ArrayList<>();
        for (int i : tornado) {
            Uncertainty u = model.uncertainties[i];
            double low = Quantiles.of(u.distribution(), 0.1);
            double high = Quantiles.of(u.distribution(), 0.9);
            int n = options.sensitivityRuns();
            Batch atLow = simulate(model, options, n, i, low, false, done, total, progress);
            Batch atHigh = simulate(model, options, n, i, high, false, done, total, progress);
            double[] diff = new double[n];
            for (int r = 0; r < n; r++) {
                diff[r] = atHigh.held[r] - atLow.held[r];
            }
            double[] drawn = new double[runs];
            double[] outcome = new double[runs];
            for (int r = 0; r < runs; r++) {
                drawn[r] = main.drawn[r * model.uncertainties.length + i];
                outcome[r] = main.held[r];
            }
            sensitivity.add(new Sensitivity(u.input(), low, high, mean(atLow.held), mean(atHigh.held),
                    Z95 * sd(diff) / Math.sqrt(n), spearman(drawn, outcome), mean(firstFalls(atLow, nObj, n, horizon)),
                    mean(firstFalls(atHigh, nObj, n, horizon)), options.heldEveryHours(),
                    heldOverTime(atLow, nObj, n, options.heldEveryHours(), horizon),
                    heldOverTime(atHigh, nObj, n, options.heldEveryHours(), horizon)));
        }
        sensitivity.sort(Sensitivity.byEffect(nObj, horizon, List.of()));
        double[] first = firstFalls(main, nObj, runs, Double.POSITIVE_INFINITY);
        Arrays.sort(first);
        TimeToFall firstFall = new TimeToFall(fallPercentile(first, 0.05), fallPercentile(first, 0.5),
                fallPercentile(first, 0.95), (double) (runs - countAtMost(first, Double.MAX_VALUE)) / runs);

        return new CampaignAssessment(runs, options.seed(), model.days, model.stepHours, outlooks, heldSum / runs,
                wilson(horizon, allHeld, runs), attrition("attacker", main.attackerLost, main.attackerStart),
                attrition("defender", main.defenderLost, main.defenderCommitted), axes, sensitivity,
                convergence(main, nObj, runs), firstFall);
    }

    /** Mean objectives held over the runs of a batch every {@code every} hours after D-day, from 0 to the horizon. */
    private static List<Double> heldOverTime(Batch batch, int nObj, int runs, double every, double horizon) {
        List<Double> series = new ArrayList<>();
        for (int j = 0; j * every <= horizon + 1e-9; j++) {
            double h = j * every;
            long held = 0;
            for (int i = 0; i < runs * nObj; i++) {
                if (batch.fall[i] > h) {
                    held++;
                }
            }
            series.add((double) held / runs);
        }
        return series;
    }

    /**
     * How objective {@code o} fell over the runs where it did: the share that fell to an unopposed
     * (undefended or broken-defence) advance, and for those the medians of when the axis became
     * unopposed, of the km it covered so and of its pace.
     */
    private static CampaignAssessment.FallStory fallStory(Batch main, int nObj, int o, int runs) {
        int fell = 0;
        List<Double> from = new ArrayList<>();
        List<Double> km = new ArrayList<>();
        List<Double> pace = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            double f = main.fall[r * nObj + o];
            if (f == Double.POSITIVE_INFINITY) {
                continue;
            }
            fell++;
            double since = main.undefendedFrom[r * nObj + o];
            if (!Double.isNaN(since)) {
                double d = main.unopposedKm[r * nObj + o];
                from.add(since);
                km.add(d);
                if (f > since) {
                    pace.add(d / ((f - since) / 24));
                }
            }
        }
        return new CampaignAssessment.FallStory(fell, from.size(), median(from), median(km), median(pace));
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v[(v.length - 1) / 2];
    }

    /** Per run, the hour the first objective falls; {@code never} for a run that loses none. */
    private static double[] firstFalls(Batch batch, int nObj, int runs, double never) {
        double[] first = new double[runs];
        for (int r = 0; r < runs; r++) {
            double f = Double.POSITIVE_INFINITY;
            for (int o = 0; o < nObj; o++) {
                f = Math.min(f, batch.fall[r * nObj + o]);
            }
            first[r] = f == Double.POSITIVE_INFINITY ? never : f;
        }
        return first;
    }

    /** Outcomes of a set of replications, by replication index. */
    static final class Batch {
        final double[] fall;
        final int[] held;
        final double[] attackerLost;
        final double[] attackerStart;
        final double[] defenderLost;
        final double[] defenderCommitted;
        final double[] drawn;
        /** Per run and objective, how it fell ({@link CampaignEngine#fallUndefendedFrom}); null for tornado batches. */
        double[] undefendedFrom;
        double[] unopposedKm;
        /** Per run and objective (main runs only): hours after D-day at its gates, +∞ never. */
        double[] gate;
        RatioHistogram ratios;

        Batch(CampaignModel model, int runs) {
            fall = new double[runs * model.objectiveIds.length];
            held = new int[runs];
            attackerLost = new double[runs];
            attackerStart = new double[runs];
            defenderLost = new double[runs];
            defenderCommitted = new double[runs];
            drawn = new double[runs * model.uncertainties.length];
        }
    }

    static Batch simulate(CampaignModel model, MonteCarloOptions options, int runs, int pinned, double pinnedValue,
                          boolean ratios, AtomicLong done, long total, CampaignProgress progress) {
        Batch batch = new Batch(model, runs);
        if (ratios) { // the main runs: keep how each objective fell
            batch.undefendedFrom = new double[runs * model.objectiveIds.length];
            batch.unopposedKm = new double[runs * model.objectiveIds.length];
            batch.gate = new double[runs * model.objectiveIds.length];
        }
        int samples = CampaignEngine.sampleCount(model, options.ratioEveryHours());
        int cells = ratios ? model.axisIds.length * samples : 0;
        AtomicInteger nextBlock = new AtomicInteger();
        int blocks = (runs + BLOCK - 1) / BLOCK;
        int threads = Math.min(options.threads(), blocks);
        List<RatioHistogram> partial = new ArrayList<>();
        Runnable[] workers = new Runnable[threads];
        for (int w = 0; w < threads; w++) {
            RatioHistogram histogram = new RatioHistogram(cells);
            partial.add(histogram);
            workers[w] = () -> {
                CampaignEngine engine = new CampaignEngine(model, options.ratioEveryHours());
                InputDraws draws = new InputDraws(model, pinned, pinnedValue);
                int nObj = model.objectiveIds.length;
                int nUnc = model.uncertainties.length;
                for (int b = nextBlock.getAndIncrement(); b < blocks; b = nextBlock.getAndIncrement()) {
                    int end = Math.min(runs, (b + 1) * BLOCK);
                    for (int r = b * BLOCK; r < end; r++) {
                        draws.draw(options.seed(), r);
                        engine.run(draws, options.seed(), r);
                        System.arraycopy(engine.fallHour, 0, batch.fall, r * nObj, nObj);
                        if (batch.undefendedFrom != null) {
                            System.arraycopy(engine.fallUndefendedFrom, 0, batch.undefendedFrom, r * nObj, nObj);
                            System.arraycopy(engine.fallUnopposedKm, 0, batch.unopposedKm, r * nObj, nObj);
                            System.arraycopy(engine.gateHour, 0, batch.gate, r * nObj, nObj);
                        }
                        System.arraycopy(draws.drawn, 0, batch.drawn, r * nUnc, nUnc);
                        batch.held[r] = engine.objectivesHeld;
                        batch.attackerLost[r] = engine.attackerLost;
                        batch.attackerStart[r] = engine.attackerStart;
                        batch.defenderLost[r] = engine.defenderLost;
                        batch.defenderCommitted[r] = engine.defenderCommitted;
                        for (int c = 0; c < cells; c++) {
                            histogram.add(c, engine.ratioSamples[c]);
                        }
                    }
                    progress.advanced(done.addAndGet(end - b * BLOCK), total);
                }
            };
        }
        if (threads == 1) {
            workers[0].run();
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
                Thread thread = new Thread(runnable, "bulwark-campaign");
                thread.setDaemon(true);
                return thread;
            });
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (Runnable worker : workers) {
                    futures.add(pool.submit(worker));
                }
                for (Future<?> future : futures) {
                    future.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("campaign Monte Carlo interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("campaign replication failed", e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        RatioHistogram merged = new RatioHistogram(cells);
        partial.forEach(merged::merge);
        batch.ratios = merged;
        return batch;
    }

    /** A proportion with its 95 % Wilson score interval (Wilson 1927). */
    static HeldPoint wilson(double hours, int successes, int n) {
        double p = (double) successes / n;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z95 / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new HeldPoint(hours, p, Math.max(0, Math.min(p, centre - half)), Math.min(1, Math.max(p, centre + half)));
    }

    private static int countAtMost(double[] sorted, double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static OptionalDouble fallPercentile(double[] sorted, double p) {
        double v = sorted[nearestRank(sorted.length, p)];
        return v == Double.POSITIVE_INFINITY ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    private static int nearestRank(int n, double p) {
        return Math.max(0, (int) Math.ceil(p * n) - 1);
    }

    private static Attrition attrition(String side, double[] lost, double[] committed) {
        double[] sorted = lost.clone();
        Arrays.sort(sorted);
        double share = 0;
        for (int r = 0; r < lost.length; r++) {
            share += committed[r] > 0 ? lost[r] / committed[r] : 0;
        }
        return new Attrition(side, mean(lost), sorted[nearestRank(lost.length, 0.05)],
                sorted[nearestRank(lost.length, 0.5)], sorted[nearestRank(lost.length, 0.95)], share / lost.length);
    }

    private static List<ConvergencePoint> convergence(Batch main, int nObj, int runs) {
        List<ConvergencePoint> points = new ArrayList<>();
        for (int divisor = 16; divisor >= 1; divisor /= 2) {
            int n = runs / divisor;
            if (n < 2) {
                continue;
            }
            double[] held = new double[n];
            for (int r = 0; r < n; r++) {
                held[r] = main.held[r];
            }
            double widest = 0;
            for (int o = 0; o < nObj; o++) {
                int kept = 0;
                for (int r = 0; r < n; r++) {
                    if (main.fall[r * nObj + o] == Double.POSITIVE_INFINITY) {
                        kept++;
                    }
                }
                HeldPoint w = wilson(0, kept, n);
                widest = Math.max(widest, (w.high() - w.low()) / 2);
            }
            points.add(new ConvergencePoint(n, mean(held), Z95 * sd(held) / Math.sqrt(n), widest));
        }
        return points;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double mean(int[] values) {
        double sum = 0;
        for (int v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double sd(double[] values) {
        if (values.length < 2) {
            return 0;
        }
        double m = mean(values);
        double ss = 0;
        for (double v : values) {
            ss += (v - m) * (v - m);
        }
        return Math.sqrt(ss / (values.length - 1));
    }

    /** Spearman's rank correlation, ties given their average rank; 0 when either side is constant. */
    static double spearman(double[] x, double[] y) {
        double[] rx = ranks(x);
        double[] ry = ranks(y);
        double mx = mean(rx);
        double my = mean(ry);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (rx[i] - mx) * (ry[i] - my);
            sxx += (rx[i] - mx) * (rx[i] - mx);
            syy += (ry[i] - my) * (ry[i] - my);
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }

    private static double[] ranks(double[] values) {
        Integer[] index = new Integer[values.length];
        for (int i = 0; i < index.length; i++) {
            index[i] = i;
        }
        Arrays.sort(index, (a, b) -> Double.compare(values[a], values[b]));
        double[] ranks = new double[values.length];
        for (int i = 0; i < index.length;) {
            int j = i;
            while (j + 1 < index.length && values[index[j + 1]] == values[index[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[index[k]] = rank;
            }
            i = j + 1;
        }
        return ranks;
    }
}
