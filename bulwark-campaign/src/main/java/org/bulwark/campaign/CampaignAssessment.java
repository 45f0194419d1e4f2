package org.bulwark.campaign;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.bulwark.model.AxisId;
import org.bulwark.model.CampaignInput;
import org.bulwark.model.ObjectiveId;

/**
 * The Monte Carlo's answer to "does the posture hold?". Times are hours after D-day (the attack),
 * because the warning time itself may be drawn. Percentiles are nearest-rank; intervals are 95 %.
 *
 * @param meanObjectivesHeld  objectives still held at the end of the campaign, mean over runs
 * @param allHeld             P(every objective held at the end), with its Wilson interval
 * @param firstFall           hours after D-day to the first objective lost in each run (of any objective)
 */
public record CampaignAssessment(int runs, long seed, double days, double stepHours, List<ObjectiveOutlook> objectives,
                                 double meanObjectivesHeld, HeldPoint allHeld, Attrition attacker, Attrition defender,
                                 List<AxisForceRatio> axes, List<Sensitivity> sensitivity,
                                 List<ConvergencePoint> convergence, TimeToFall firstFall) {
    public CampaignAssessment {
        Objects.requireNonNull(firstFall, "firstFall");
        objectives = List.copyOf(objectives);
        Objects.requireNonNull(allHeld, "allHeld");
        Objects.requireNonNull(attacker, "attacker");
        Objects.requireNonNull(defender, "defender");
        axes = List.copyOf(axes);
        sensitivity = List.copyOf(sensitivity);
        convergence = List.copyOf(convergence);
    }

    /** An objective's outlook: P(held) over time, when it falls and how. */
    public record ObjectiveOutlook(ObjectiveId objective, List<HeldPoint> held, FallStory fall, TimeToFall timeToFall,
                                   TimeToFall atTheGates) {
        public ObjectiveOutlook {
            Objects.requireNonNull(objective, "objective");
            held = List.copyOf(held);
            Objects.requireNonNull(fall, "fall");
            Objects.requireNonNull(timeToFall, "timeToFall");
            Objects.requireNonNull(atTheGates, "atTheGates");
        }
    }

    /**
     * How an objective fell, over the runs where it did: in {@code unopposed} of the {@code fell}
     * runs the axis that took it met no defence, or a broken one, on the way in; for those, the
     * medians (lower medians) of the hour after D-day that last stretch began, of its km and of its
     * pace in km a day (NaN when there are none). The other falls were to an attack still opposed,
     * overrunning the defence above the hold ratio.
     */
    public record FallStory(int fell, int unopposed, double undefendedFromHour, double unopposedKm, double kmPerDay) {
    }

    /** P(held) at a time, with its 95 % Wilson score interval. */
    public record HeldPoint(double hoursAfterD, double probability, double low, double high) {
    }

    /**
     * Hours after D-day at which an objective falls, as percentiles over all runs; a percentile is
     * empty when it lies among the runs where the objective held to the end.
     *
     * @param neverFalls share of runs in which it held to the end
     */
    public record TimeToFall(OptionalDouble p5, OptionalDouble p50, OptionalDouble p95, double neverFalls) {
        public TimeToFall {
            Objects.requireNonNull(p5, "p5");
            Objects.requireNonNull(p50, "p50");
            Objects.requireNonNull(p95, "p95");
        }
    }

    /**
     * Combat value a side lost over the campaign (ground combat and air), over runs.
     *
     * @param side       {@code attacker} or {@code defender}
     * @param meanShare  mean of lost / committed (committed: the attack's starting value, the
     *                   defenders that had arrived)
     */
    public record Attrition(String side, double mean, double p5, double p50, double p95, double meanShare) {
        public Attrition {
            Objects.requireNonNull(side, "side");
        }
    }

    /** The force ratio on an axis over time. */
    public record AxisForceRatio(AxisId axis, List<RatioPoint> points) {
        public AxisForceRatio {
            Objects.requireNonNull(axis, "axis");
            points = List.copyOf(points);
        }
    }

    /**
     * Effective force ratio r = A'/D' on an axis in the step ending at a time. The statistics are
     * over the runs in which the axis was opposed then (NaN when it never was); percentiles come
     * from a log-spaced histogram (bins 1 % wide in log10 r, ratios clamped to [0.001, 1000]).
     *
     * @param opposedShare    runs in which a defence was engaged on the axis
     * @param unopposedShare  runs in which the attacker advanced against no defence or a broken one
     */
    public record RatioPoint(double hoursAfterD, double opposedShare, double unopposedShare, double mean, double p5,
                             double p50, double p95) {
    }

    /**
     * One bar of a tornado chart: two outcomes — objectives held at the end (mean) and hours after
     * D-day to the first objective lost (mean, a run that loses none counting the whole campaign) —
     * with the input held at its 10th and its 90th percentile, same seeds (common random numbers);
     * and the Spearman rank correlation of the input's draw with objectives held in the main runs.
     *
     * @param differenceHalfWidth 95 % half-width of the paired difference high − low of objectives held
     * @param firstFallAtLow      mean hours to the first fall with the input at its 10th percentile
     * @param firstFallAtHigh     the same at its 90th percentile
     */
    public record Sensitivity(CampaignInput input, double low, double high, double heldAtLow, double heldAtHigh,
                              double differenceHalfWidth, double rankCorrelation, double firstFallAtLow,
                              double firstFallAtHigh, double everyHours, List<Double> heldOverTimeAtLow,
                              List<Double> heldOverTimeAtHigh) {
        public Sensitivity {
            Objects.requireNonNull(input, "input");
            heldOverTimeAtLow = List.copyOf(heldOverTimeAtLow);
            heldOverTimeAtHigh = List.copyOf(heldOverTimeAtHigh);
        }

        /**
         * Mean objectives held {@code hour} hours after D-day with the input at its 10th ({@code high}
         * false) or 90th percentile: the series point at or before the hour.
         */
        public double heldAt(double hour, boolean high) {
            List<Double> series = high ? heldOverTimeAtHigh : heldOverTimeAtLow;
            int i = (int) Math.min(series.size() - 1, Math.max(0, Math.floor(hour / everyHours + 1e-9)));
            return series.get(i);
        }

        /** Objectives held: |heldAtHigh − heldAtLow|. */
        public double swing() {
            return Math.abs(heldAtHigh - heldAtLow);
        }

        /**
         * The bar's effect: the largest of its changes, each as a share of its range — objectives held
         * at the end and at each of {@code hours} (of all objectives), hours to the first fall (of the
         * campaign) — so an input that moves when objectives fall ranks even where every run loses them.
         */
        public double effect(int objectives, double horizonHours, List<Double> hours) {
            double all = Math.max(1, objectives);
            double e = Math.max(swing() / all, firstFallSwing() / horizonHours);
            for (double h : hours) {
                e = Math.max(e, Math.abs(heldAt(h, true) - heldAt(h, false)) / all);
            }
            return e;
        }

        /** Largest effect first ({@link #effect}). */
        public static java.util.Comparator<Sensitivity> byEffect(int objectives, double horizonHours, List<Double> hours) {
            return java.util.Comparator.comparingDouble((Sensitivity s) -> s.effect(objectives, horizonHours, hours)).reversed();
        }

        /** Hours to the first fall: |firstFallAtHigh − firstFallAtLow|. */
        public double firstFallSwing() {
            return Math.abs(firstFallAtHigh - firstFallAtLow);
        }
    }

    /**
     * The estimates after the first {@code runs} replications: mean objectives held with the 95 %
     * half-width of its normal interval, and the widest Wilson half-width of any objective's
     * P(held at the end). Both shrink as 1/√runs.
     */
    public record ConvergencePoint(int runs, double meanObjectivesHeld, double halfWidth, double widestHeldHalfWidth) {
    }
}
