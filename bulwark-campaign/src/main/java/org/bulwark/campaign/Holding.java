package org.bulwark.campaign;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Which objectives each replication held for a number of hours after D-day: the outcome the
 * requirement search and the course-of-action comparison work with. Replications run on a model
 * cut at that horizon, which gives the same outcomes up to it (the engine is causal) for less work.
 */
final class Holding {
    final int runs;
    final int objectives;
    /** Per replication and objective (replication-major): held beyond the horizon. */
    final boolean[] held;
    /** Per replication: every objective held. */
    final boolean[] allHeld;
    final int[] heldRuns;
    final int allHeldRuns;
    /** Per objective, mean over runs of min(fall hour, horizon) / horizon. */
    final double[] heldFraction;

    private Holding(int runs, int objectives, double[] fall, double horizonHours) {
        this.runs = runs;
        this.objectives = objectives;
        held = new boolean[runs * objectives];
        allHeld = new boolean[runs];
        heldRuns = new int[objectives];
        heldFraction = new double[objectives];
        int all = 0;
        for (int r = 0; r < runs; r++) {
            boolean every = true;
            for (int o = 0; o < objectives; o++) {
                double f = fall[r * objectives + o];
                boolean kept = f > horizonHours;
                held[r * objectives + o] = kept;
                every &= kept;
                if (kept) {
                    heldRuns[o]++;
                }
                heldFraction[o] += Math.min(f, horizonHours) / horizonHours;
            }
            allHeld[r] = every;
            if (every) {
                all++;
            }
        }
        allHeldRuns = all;
        for (int o = 0; o < objectives; o++) {
            heldFraction[o] /= runs;
        }
    }

    /** Runs {@code runs} replications of the model up to {@code holdDays} after D-day. */
    static Holding of(CampaignModel model, double holdDays, int runs, long seed, int threads, AtomicLong replications) {
        CampaignModel cut = holdDays < model.days ? model.withDays(holdDays) : model;
        double horizon = holdDays * 24;
        MonteCarloOptions options = new MonteCarloOptions(runs, seed, threads, horizon, horizon, 0);
        MonteCarloCampaign.Batch batch = MonteCarloCampaign.simulate(cut, options, runs, -1, 0, false, new AtomicLong(),
                runs, CampaignProgress.NONE);
        replications.addAndGet(runs);
        return new Holding(runs, model.objectiveIds.length, batch.fall, horizon);
    }

    /** P(every objective held) with its 95 % Wilson interval. */
    CampaignAssessment.HeldPoint all(double hours) {
        return MonteCarloCampaign.wilson(hours, allHeldRuns, runs);
    }

    CampaignAssessment.HeldPoint objective(int o, double hours) {
        return MonteCarloCampaign.wilson(hours, heldRuns[o], runs);
    }

    double probability() {
        return (double) allHeldRuns / runs;
    }
}
