package org.bulwark.campaign.engagement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.bulwark.model.Engagement;

/**
 * Fits the {@link EngagementModel} on battles with what happened, and measures it out of sample.
 *
 * <p>Method, stated so it can be repeated: the three continuous targets — log daily loss fraction
 * of each side ({@code casualties ÷ strength ÷ days}, at least {@value EngagementModel#LOSS_FLOOR})
 * and {@code asinh(advance km ÷ days)} — by least squares with a small ridge ({@value #RIDGE}, for
 * the rare postures); "the attacker wins" by logistic regression with a ridge of {@value #LOGIT_RIDGE}
 * (Newton's method). Intervals are the 5 % and 95 % quantiles of the fit's residuals. Cross-validation
 * is k-fold over battles shuffled with a fixed seed; the baselines are fitted on the same training
 * folds: the 3:1 rule for the winner (the attacker wins at three to one or more), the majority outcome,
 * and each side's median daily loss fraction and the median advance per day as constant predictions.
 * Pure and deterministic.
 */
public final class EngagementFit {
    static final double RIDGE = 1e-3;
    static final double LOGIT_RIDGE = 1.0;

    private EngagementFit() {
    }

    /** The model fitted on every battle of {@code battles} (each must have what happened). */
    public static EngagementModel fit(List<Engagement> battles) {
        Objects.requireNonNull(battles, "battles");
        if (battles.size() < EngagementModel.FEATURES.size() + 2) {
            throw new IllegalArgumentException("too few battles to fit: " + battles.size());
        }
        int n = battles.size();
        int p = EngagementModel.FEATURES.size();
        double[][] x = new double[n][];
        double[][] y = new double[3][n];
        double[] won = new double[n];
        for (int i = 0; i < n; i++) {
            Engagement e = battles.get(i);
            Engagement.Observed o = e.observed().orElseThrow(() -> new IllegalArgumentException(e.id() + ": no outcome to fit on"));
            x[i] = EngagementModel.features(e);
            double[] t = targets(e, o);
            y[0][i] = t[0];
            y[1][i] = t[1];
            y[2][i] = t[2];
            won[i] = o.outcome() == Engagement.Outcome.ATTACKER_WINS ? 1 : 0;
        }
        double[][] beta = new double[3][];
        double[][] quantiles = new double[3][];
        for (int k = 0; k < 3; k++) {
            beta[k] = leastSquares(x, y[k], p);
            double[] residuals = new double[n];
            for (int i = 0; i < n; i++) {
                residuals[i] = y[k][i] - EngagementModel.dot(beta[k], x[i]);
            }
            quantiles[k] = new double[] {quantile(residuals, 0.05), quantile(residuals, 0.95)};
        }
        double[] min = new double[p];
        double[] max = new double[p];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (double[] row : x) {
            for (int a = 0; a < p; a++) {
                min[a] = Math.min(min[a], row[a]);
                max[a] = Math.max(max[a], row[a]);
            }
        }
        return new EngagementModel(beta[0], beta[1], beta[2], logistic(x, won, p), quantiles, n, min, max);
    }

    /** log attacker and defender daily loss fractions and asinh advance per day. */
    static double[] targets(Engagement e, Engagement.Observed o) {
        double days = e.durationDays();
        return new double[] {
            Math.log(Math.max(EngagementModel.LOSS_FLOOR, o.attackerCasualties() / e.attacker().strength() / days)),
            Math.log(Math.max(EngagementModel.LOSS_FLOOR, o.defenderCasualties() / e.defender().strength() / days)),
            asinh(o.advanceKm() / days)};
    }

    static double asinh(double v) {
        return Math.log(v + Math.sqrt(v * v + 1));
    }

    private static double[] leastSquares(double[][] x, double[] y, int p) {
        double[][] xtx = new double[p][p];
        double[] xty = new double[p];
        for (int i = 0; i < x.length; i++) {
            for (int a = 0; a < p; a++) {
                xty[a] += x[i][a] * y[i];
                for (int b = 0; b < p; b++) {
                    xtx[a][b] += x[i][a] * x[i][b];
                }
            }
        }
        for (int a = 1; a < p; a++) { // the intercept is not shrunk
            xtx[a][a] += RIDGE * x.length;
        }
        return solve(xtx, xty);
    }

    private static double[] logistic(double[][] x, double[] y, int p) {
        double[] beta = new double[p];
        for (int iter = 0; iter < 50; iter++) {
            double[][] h = new double[p][p];
            double[] g = new double[p];
            for (int i = 0; i < x.length; i++) {
                double mu = 1 / (1 + Math.exp(-EngagementModel.dot(beta, x[i])));
                double w = Math.max(mu * (1 - mu), 1e-9);
                for (int a = 0; a < p; a++) {
                    g[a] += (y[i] - mu) * x[i][a];
                    for (int b = 0; b < p; b++) {
                        h[a][b] += w * x[i][a] * x[i][b];
                    }
                }
            }
            for (int a = 1; a < p; a++) {
                g[a] -= LOGIT_RIDGE * beta[a];
                h[a][a] += LOGIT_RIDGE;
            }
            double[] step = solve(h, g);
            double size = 0;
            for (int a = 0; a < p; a++) {
                beta[a] += step[a];
                size = Math.max(size, Math.abs(step[a]));
            }
            if (size < 1e-10) {
                break;
            }
        }
        return beta;
    }

    private static double[] solve(double[][] a, double[] b) {
        RealMatrix m = new Array2DRowRealMatrix(a, false);
        RealVector v = new ArrayRealVector(b, false);
        return new CholeskyDecomposition(m, 1e-12, 1e-14).getSolver().solve(v).toArray();
    }

    static double quantile(double[] values, double q) {
        double[] s = values.clone();
        Arrays.sort(s);
        double pos = q * (s.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(s.length - 1, lo + 1);
        return s[lo] + (pos - lo) * (s[hi] - s[lo]);
    }

    /** One battle predicted by a model that did not see it, beside the baselines and what happened. */
    public record OutOfFold(Engagement battle, EngagementModel.Prediction prediction, double baselineAttackerLoss,
                            double baselineDefenderLoss, double baselineAdvance, Engagement.Outcome baselineMajority,
                            double baselineWinShare) {
    }

    /** Out-of-sample errors of the model and the baselines. Loss rates are fractions of strength per day. */
    public record CrossValidation(int folds, long seed, List<OutOfFold> predictions, Scores model, Scores baseline,
                                  double threeToOneAccuracy, double majorityAccuracy, double intervalCoverage) {
        public CrossValidation {
            predictions = List.copyOf(predictions);
        }

        /** The model's out-of-sample scores over the battles fought from {@code fromYear} to {@code toYear}; empty when none. */
        public java.util.Optional<Scores> modelScores(double fromYear, double toYear) {
            List<OutOfFold> in = predictions.stream()
                    .filter(o -> o.battle().year() >= fromYear && o.battle().year() <= toYear).toList();
            return in.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(scores(in)[0]);
        }
    }

    /**
     * Accuracy of the winner (attacker wins or not) and the Brier score of its probability (the
     * baseline's probability is the training folds' share of attacker wins), mean absolute errors of
     * each side's daily loss fraction and of the advance per day (km), and of the log loss fractions
     * and {@code asinh} of the advance (which long pursuits do not dominate).
     */
    public record Scores(double winnerAccuracy, double attackerLossMae, double defenderLossMae, double advanceMae,
                         double attackerLogLossMae, double defenderLogLossMae, double winnerBrier, double advanceAsinhMae) {
    }

    /** {@code folds}-fold cross-validation over {@code battles}, shuffled with {@code seed}. */
    public static CrossValidation crossValidate(List<Engagement> battles, int folds, long seed) {
        if (folds < 2 || folds > battles.size()) {
            throw new IllegalArgumentException("folds must be from 2 to the number of battles, was " + folds);
        }
        int n = battles.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        OutOfFold[] out = new OutOfFold[n];
        for (int f = 0; f < folds; f++) {
            List<Engagement> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                if (k % folds == f) {
                    test.add(order[k]);
                } else {
                    train.add(battles.get(order[k]));
                }
            }
            EngagementModel model = fit(train);
            double[] la = new double[train.size()];
            double[] ld = new double[train.size()];
            double[] adv = new double[train.size()];
            int wins = 0;
            for (int i = 0; i < train.size(); i++) {
                Engagement e = train.get(i);
                Engagement.Observed o = e.observed().orElseThrow();
                la[i] = o.attackerCasualties() / e.attacker().strength() / e.durationDays();
                ld[i] = o.defenderCasualties() / e.defender().strength() / e.durationDays();
                adv[i] = o.advanceKm() / e.durationDays();
                wins += o.outcome() == Engagement.Outcome.ATTACKER_WINS ? 1 : 0;
            }
            Engagement.Outcome majority = 2 * wins >= train.size() ? Engagement.Outcome.ATTACKER_WINS
                    : Engagement.Outcome.DEFENDER_WINS;
            double mla = quantile(la, 0.5);
            double mld = quantile(ld, 0.5);
            double madv = quantile(adv, 0.5);
            for (int i : test) {
                out[i] = new OutOfFold(battles.get(i), model.predict(battles.get(i)), mla, mld, madv, majority,
                        (double) wins / train.size());
            }
        }
        List<OutOfFold> all = List.of(out);
        Scores[] scores = scores(all);
        double threeToOne = 0;
        double covered = 0;
        for (OutOfFold o : all) {
            Engagement e = o.battle();
            Engagement.Observed obs = e.observed().orElseThrow();
            boolean attackerWon = obs.outcome() == Engagement.Outcome.ATTACKER_WINS;
            EngagementModel.Prediction p = o.prediction();
            threeToOne += (e.attacker().strength() >= 3 * e.defender().strength()) == attackerWon ? 1 : 0;
            covered += inside(p.attackerLossPerDay(), Math.max(EngagementModel.LOSS_FLOOR, lossPerDay(obs.attackerCasualties(),
                    e.attacker(), e))) ? 1 : 0;
            covered += inside(p.defenderLossPerDay(), Math.max(EngagementModel.LOSS_FLOOR, lossPerDay(obs.defenderCasualties(),
                    e.defender(), e))) ? 1 : 0;
            covered += inside(p.advanceKmPerDay(), obs.advanceKm() / e.durationDays()) ? 1 : 0;
        }
        return new CrossValidation(folds, seed, all, scores[0], scores[1], threeToOne / n, scores[1].winnerAccuracy(),
                covered / (3.0 * n));
    }

    /** The model's and the baselines' scores over {@code predictions} (model first). */
    static Scores[] scores(List<OutOfFold> predictions) {
        double[] m = new double[8];
        double[] b = new double[8];
        for (OutOfFold o : predictions) {
            Engagement e = o.battle();
            Engagement.Observed obs = e.observed().orElseThrow();
            boolean attackerWon = obs.outcome() == Engagement.Outcome.ATTACKER_WINS;
            double won = attackerWon ? 1 : 0;
            double la = lossPerDay(obs.attackerCasualties(), e.attacker(), e);
            double ld = lossPerDay(obs.defenderCasualties(), e.defender(), e);
            double adv = obs.advanceKm() / e.durationDays();
            EngagementModel.Prediction p = o.prediction();
            m[0] += (p.outcome() == Engagement.Outcome.ATTACKER_WINS) == attackerWon ? 1 : 0;
            m[1] += Math.abs(p.attackerLossPerDay().median() - la);
            m[2] += Math.abs(p.defenderLossPerDay().median() - ld);
            m[3] += Math.abs(p.advanceKmPerDay().median() - adv);
            m[4] += Math.abs(Math.log(p.attackerLossPerDay().median()) - logLoss(la));
            m[5] += Math.abs(Math.log(p.defenderLossPerDay().median()) - logLoss(ld));
            m[6] += (p.attackerWinProbability() - won) * (p.attackerWinProbability() - won);
            m[7] += Math.abs(asinh(p.advanceKmPerDay().median()) - asinh(adv));
            b[0] += (o.baselineMajority() == Engagement.Outcome.ATTACKER_WINS) == attackerWon ? 1 : 0;
            b[1] += Math.abs(o.baselineAttackerLoss() - la);
            b[2] += Math.abs(o.baselineDefenderLoss() - ld);
            b[3] += Math.abs(o.baselineAdvance() - adv);
            b[4] += Math.abs(logLoss(o.baselineAttackerLoss()) - logLoss(la));
            b[5] += Math.abs(logLoss(o.baselineDefenderLoss()) - logLoss(ld));
            b[6] += (o.baselineWinShare() - won) * (o.baselineWinShare() - won);
            b[7] += Math.abs(asinh(o.baselineAdvance()) - asinh(adv));
        }
        int n = predictions.size();
        for (int k = 0; k < m.length; k++) {
            m[k] /= n;
            b[k] /= n;
        }
        return new Scores[] {new Scores(m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7]),
            new Scores(b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7])};
    }

    private static double lossPerDay(double casualties, Engagement.Side side, Engagement e) {
        return casualties / side.strength() / e.durationDays();
    }

    private static double logLoss(double lossPerDay) {
        return Math.log(Math.max(EngagementModel.LOSS_FLOOR, lossPerDay));
    }

    private static boolean inside(EngagementModel.Range r, double v) {
        return v >= r.low() - 1e-12 && v <= r.high() + 1e-12;
    }
}
