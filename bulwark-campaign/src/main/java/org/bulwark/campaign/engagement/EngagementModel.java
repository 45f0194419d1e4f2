package org.bulwark.campaign.engagement;

import java.util.List;
import java.util.Objects;
import org.bulwark.model.Engagement;

/**
 * A statistical engagement model fitted on historical battles ({@link EngagementFit}): from both
 * sides' strength, tanks, artillery and air sorties, the defender's posture, the terrain, the
 * duration and the era it predicts each side's losses per day, the attacker's advance per day and
 * the chance that the attacker wins, with 5–95 % intervals from the fit's residuals.
 *
 * <p>Four regressions on the same features ({@link #FEATURES}): least squares on the log of each
 * side's daily loss fraction and on {@code asinh} of the advance per day (which keeps the sign of a
 * retreat and is log-like for long advances), and a logistic regression for "the attacker wins".
 * Pure and immutable.
 */
public final class EngagementModel {
    /** The features, in coefficient order. */
    public static final List<String> FEATURES = List.of("intercept", "log force ratio (attacker/defender)",
            "log tank ratio ((a+1)/(d+1))", "log artillery ratio ((a+1)/(d+1))", "log air sortie ratio ((a+1)/(d+1))",
            "log total strength", "log duration (days)", "posture: prepared", "posture: fortified", "posture: delay",
            "posture: withdrawal", "terrain: rugged", "terrain: flat", "terrain: other or unknown", "before 1900",
            "era (years after 1900 / 100)");
    /** Daily loss fractions below this are read as this (a battle with no recorded losses). */
    static final double LOSS_FLOOR = 1e-4;

    private final double[] attackerLoss;
    private final double[] defenderLoss;
    private final double[] advance;
    private final double[] win;
    /** Residual 5 % and 95 % quantiles of the three regressions: attacker, defender, advance. */
    private final double[][] residualQuantiles;
    private final int battles;
    /** Per feature, the least and greatest value in the battles fitted on: a prediction holds its features inside. */
    private final double[] featureMin;
    private final double[] featureMax;
    /** The latest year the fit speaks for: {@link Engagement#LAST_WELL_COVERED_YEAR}. */
    static final double LAST_WELL_COVERED_YEAR = Engagement.LAST_WELL_COVERED_YEAR;

    EngagementModel(double[] attackerLoss, double[] defenderLoss, double[] advance, double[] win, double[][] residualQuantiles,
                    int battles, double[] featureMin, double[] featureMax) {
        this.featureMin = featureMin.clone();
        this.featureMax = featureMax.clone();
        this.attackerLoss = attackerLoss.clone();
        this.defenderLoss = defenderLoss.clone();
        this.advance = advance.clone();
        this.win = win.clone();
        this.residualQuantiles = new double[][] {residualQuantiles[0].clone(), residualQuantiles[1].clone(),
            residualQuantiles[2].clone()};
        this.battles = battles;
    }

    /**
     * What the model says of one engagement. Rates are per day; intervals 5–95 %. {@code outsideFit}
     * names each input beyond the battles the model was fitted on; the prediction then holds that
     * input at the edge of the data instead of extrapolating (years after
     * {@value #LAST_WELL_COVERED_YEAR} count as {@value #LAST_WELL_COVERED_YEAR}).
     */
    public record Prediction(Range attackerLossPerDay, Range defenderLossPerDay, Range advanceKmPerDay,
                             double attackerWinProbability, List<String> outsideFit) {
        public Prediction {
            outsideFit = List.copyOf(outsideFit);
        }

        /**
         * The outcome the model calls: the attacker wins when that is more likely than not; otherwise
         * {@link Engagement.Outcome#DEFENDER_WINS}, which here means "the attacker does not win" (the
         * defender holds, or a draw): the regression is of the attacker's win against everything else.
         */
        public Engagement.Outcome outcome() {
            return attackerWinProbability >= 0.5 ? Engagement.Outcome.ATTACKER_WINS : Engagement.Outcome.DEFENDER_WINS;
        }
    }

    /** A median with its 5 % and 95 % bounds. */
    public record Range(double low, double median, double high) {
    }

    /** The features of {@code e}, in the order of {@link #FEATURES}. */
    public static double[] features(Engagement e) {
        Engagement.Side a = e.attacker();
        Engagement.Side d = e.defender();
        return new double[] {
            1,
            Math.log(a.strength() / d.strength()),
            Math.log((a.tanks() + 1) / (d.tanks() + 1)),
            Math.log((a.artillery() + 1) / (d.artillery() + 1)),
            Math.log((a.airSorties() + 1) / (d.airSorties() + 1)),
            Math.log(a.strength() + d.strength()),
            Math.log(e.durationDays()),
            e.posture() == Engagement.Posture.PREPARED ? 1 : 0,
            e.posture() == Engagement.Posture.FORTIFIED ? 1 : 0,
            e.posture() == Engagement.Posture.DELAY ? 1 : 0,
            e.posture() == Engagement.Posture.WITHDRAWAL ? 1 : 0,
            e.terrain() == Engagement.Terrain.RUGGED ? 1 : 0,
            e.terrain() == Engagement.Terrain.FLAT ? 1 : 0,
            e.terrain() == Engagement.Terrain.OTHER ? 1 : 0,
            e.year() < 1900 ? 1 : 0,
            Math.max(0, e.year() - 1900) / 100,
        };
    }

    public Prediction predict(Engagement e) {
        Objects.requireNonNull(e, "e");
        double[] x = features(e);
        List<String> outside = new java.util.ArrayList<>();
        if (e.year() > LAST_WELL_COVERED_YEAR) {
            x[x.length - 1] = (LAST_WELL_COVERED_YEAR - 1900) / 100;
            outside.add("year after " + (int) LAST_WELL_COVERED_YEAR + " (taken as " + (int) LAST_WELL_COVERED_YEAR + ")");
        }
        for (int i = 1; i < x.length; i++) {
            if (x[i] < featureMin[i] - 1e-12 || x[i] > featureMax[i] + 1e-12) {
                outside.add(FEATURES.get(i));
                x[i] = Math.max(featureMin[i], Math.min(featureMax[i], x[i]));
            }
        }
        double la = dot(attackerLoss, x);
        double ld = dot(defenderLoss, x);
        double adv = dot(advance, x);
        return new Prediction(
                new Range(Math.exp(la + residualQuantiles[0][0]), Math.exp(la), Math.exp(la + residualQuantiles[0][1])),
                new Range(Math.exp(ld + residualQuantiles[1][0]), Math.exp(ld), Math.exp(ld + residualQuantiles[1][1])),
                new Range(Math.sinh(adv + residualQuantiles[2][0]), Math.sinh(adv), Math.sinh(adv + residualQuantiles[2][1])),
                1 / (1 + Math.exp(-dot(win, x))), outside);
    }

    /** Coefficients of one regression: "attacker loss", "defender loss", "advance" or "attacker wins". */
    public double[] coefficients(String regression) {
        return switch (regression) {
            case "attacker loss" -> attackerLoss.clone();
            case "defender loss" -> defenderLoss.clone();
            case "advance" -> advance.clone();
            case "attacker wins" -> win.clone();
            default -> throw new IllegalArgumentException("no regression '" + regression + "'");
        };
    }

    /** How many battles it was fitted on. */
    public int battles() {
        return battles;
    }

    static double dot(double[] beta, double[] x) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += beta[i] * x[i];
        }
        return s;
    }
}
