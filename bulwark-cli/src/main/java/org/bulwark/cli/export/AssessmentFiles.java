package org.bulwark.cli.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.bulwark.campaign.CampaignAssessment;
import org.bulwark.campaign.CampaignAssessment.Attrition;
import org.bulwark.campaign.CampaignAssessment.AxisForceRatio;
import org.bulwark.campaign.CampaignAssessment.HeldPoint;
import org.bulwark.campaign.CampaignAssessment.ObjectiveOutlook;
import org.bulwark.campaign.CampaignAssessment.RatioPoint;
import org.bulwark.campaign.CampaignAssessment.Sensitivity;

/**
 * Every file a campaign assessment is written to, in a fixed order; the same bytes for the same
 * assessment. Hours are after D-day; probabilities and shares have 4 decimals, force ratios 3.
 */
public final class AssessmentFiles {
    static final String JSON = "assessment.json";
    static final String OBJECTIVES = "objectives.csv";
    static final String TIME_TO_FALL = "time-to-fall.csv";
    static final String ATTRITION = "attrition.csv";
    static final String FORCE_RATIO = "force-ratio.csv";
    static final String SENSITIVITY = "sensitivity.csv";
    /** Version of {@code assessment.json}'s layout. */
    static final String FORMAT = "bulwark-assessment/1";
    private static final int RATIO = 3;

    private AssessmentFiles() {
    }

    public static Map<String, byte[]> of(CampaignAssessment a) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(JSON, utf8(json(a)));
        files.put(OBJECTIVES, utf8(objectives(a)));
        files.put(TIME_TO_FALL, utf8(timeToFall(a)));
        files.put(ATTRITION, utf8(attrition(a)));
        files.put(FORCE_RATIO, utf8(forceRatio(a)));
        files.put(SENSITIVITY, utf8(sensitivity(a)));
        return files;
    }

    /** What each file holds, one line each, for summaries. */
    public static Map<String, String> descriptions() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(JSON, "the whole assessment for scripts (format " + FORMAT + ")");
        d.put(OBJECTIVES, "P(objective held) over time after D-day, with 95 % Wilson intervals");
        d.put(TIME_TO_FALL, "hours after D-day at which each objective falls: 5/50/95 % and the share never taken");
        d.put(ATTRITION, "combat value lost by each side: mean, percentiles, share of what was committed");
        d.put(FORCE_RATIO, "force ratio per axis over time: mean and 5-95 % while opposed");
        d.put(SENSITIVITY, "tornado data: outcome with each uncertain input at its 10th and 90th percentile");
        return d;
    }

    private static String objectives(CampaignAssessment a) {
        CsvTable csv = new CsvTable("objective", "hour", "p_held", "ci_low", "ci_high");
        for (ObjectiveOutlook o : a.objectives()) {
            for (HeldPoint p : o.held()) {
                csv.row(o.objective().value(), Decimals.hours(p.hoursAfterD()), share(p.probability()), share(p.low()),
                        share(p.high()));
            }
        }
        return csv.write();
    }

    private static String timeToFall(CampaignAssessment a) {
        CsvTable csv = new CsvTable("objective", "p5_hour", "p50_hour", "p95_hour", "never_falls", "falls_unopposed_share",
                "undefended_from_hour_median", "unopposed_km_median", "unopposed_km_per_day_median", "at_gates_p5_hour",
                "at_gates_p50_hour", "at_gates_p95_hour", "never_at_gates");
        for (ObjectiveOutlook o : a.objectives()) {
            CampaignAssessment.FallStory f = o.fall();
            csv.row(o.objective().value(), hours(o.timeToFall().p5()), hours(o.timeToFall().p50()),
                    hours(o.timeToFall().p95()), share(o.timeToFall().neverFalls()),
                    f.fell() == 0 ? "" : share((double) f.unopposed() / f.fell()),
                    Double.isNaN(f.undefendedFromHour()) ? "" : Decimals.hours(f.undefendedFromHour()),
                    Double.isNaN(f.unopposedKm()) ? "" : Decimals.hours(f.unopposedKm()),
                    Double.isNaN(f.kmPerDay()) ? "" : Decimals.hours(f.kmPerDay()), hours(o.atTheGates().p5()),
                    hours(o.atTheGates().p50()), hours(o.atTheGates().p95()), share(o.atTheGates().neverFalls()));
        }
        return csv.write();
    }

    private static String attrition(CampaignAssessment a) {
        CsvTable csv = new CsvTable("side", "mean_cv", "p5_cv", "p50_cv", "p95_cv", "mean_share");
        for (Attrition side : List.of(a.attacker(), a.defender())) {
            csv.row(side.side(), cv(side.mean()), cv(side.p5()), cv(side.p50()), cv(side.p95()), share(side.meanShare()));
        }
        return csv.write();
    }

    private static String forceRatio(CampaignAssessment a) {
        CsvTable csv = new CsvTable("axis", "hour", "opposed_share", "unopposed_share", "mean", "p5", "p50", "p95");
        for (AxisForceRatio axis : a.axes()) {
            for (RatioPoint p : axis.points()) {
                csv.row(axis.axis().value(), Decimals.hours(p.hoursAfterD()), share(p.opposedShare()),
                        share(p.unopposedShare()), Decimals.text(p.mean(), RATIO), Decimals.text(p.p5(), RATIO),
                        Decimals.text(p.p50(), RATIO), Decimals.text(p.p95(), RATIO));
            }
        }
        return csv.write();
    }

    private static String sensitivity(CampaignAssessment a) {
        CsvTable csv = new CsvTable("input", "low_value", "high_value", "held_at_low", "held_at_high", "swing",
                "difference_half_width", "rank_correlation", "first_fall_hours_at_low", "first_fall_hours_at_high");
        for (Sensitivity s : a.sensitivity()) {
            csv.row(s.input().id(), Decimals.text(s.low(), 6), Decimals.text(s.high(), 6), share(s.heldAtLow()),
                    share(s.heldAtHigh()), share(s.swing()), share(s.differenceHalfWidth()), share(s.rankCorrelation()),
                    Decimals.hours(s.firstFallAtLow()), Decimals.hours(s.firstFallAtHigh()));
        }
        return csv.write();
    }

    private static String json(CampaignAssessment a) {
        ObjectNode root = JsonTree.object();
        root.put("format", FORMAT);
        root.put("runs", a.runs());
        root.put("seed", a.seed());
        JsonTree.number(root, "days", a.days(), Decimals.HOURS);
        JsonTree.number(root, "step_hours", a.stepHours(), Decimals.HOURS);
        JsonTree.number(root, "mean_objectives_held", a.meanObjectivesHeld(), Decimals.SHARE);
        root.set("all_held", held(a.allHeld()));
        ArrayNode objectives = root.putArray("objectives");
        for (ObjectiveOutlook o : a.objectives()) {
            ObjectNode node = objectives.addObject();
            node.put("objective", o.objective().value());
            ObjectNode fall = node.putObject("time_to_fall_hours");
            JsonTree.number(fall, "p5", o.timeToFall().p5().orElse(Double.NaN), Decimals.HOURS);
            JsonTree.number(fall, "p50", o.timeToFall().p50().orElse(Double.NaN), Decimals.HOURS);
            JsonTree.number(fall, "p95", o.timeToFall().p95().orElse(Double.NaN), Decimals.HOURS);
            JsonTree.number(fall, "never_falls", o.timeToFall().neverFalls(), Decimals.SHARE);
            ObjectNode gates = node.putObject("at_the_gates_hours");
            JsonTree.number(gates, "p5", o.atTheGates().p5().orElse(Double.NaN), Decimals.HOURS);
            JsonTree.number(gates, "p50", o.atTheGates().p50().orElse(Double.NaN), Decimals.HOURS);
            JsonTree.number(gates, "p95", o.atTheGates().p95().orElse(Double.NaN), Decimals.HOURS);
            JsonTree.number(gates, "never", o.atTheGates().neverFalls(), Decimals.SHARE);
            ArrayNode series = node.putArray("held");
            o.held().forEach(p -> series.add(held(p)));
        }
        ArrayNode attrition = root.putArray("attrition");
        for (Attrition side : List.of(a.attacker(), a.defender())) {
            ObjectNode node = attrition.addObject();
            node.put("side", side.side());
            JsonTree.number(node, "mean_cv", side.mean(), Decimals.TONNES);
            JsonTree.number(node, "p5_cv", side.p5(), Decimals.TONNES);
            JsonTree.number(node, "p50_cv", side.p50(), Decimals.TONNES);
            JsonTree.number(node, "p95_cv", side.p95(), Decimals.TONNES);
            JsonTree.number(node, "mean_share", side.meanShare(), Decimals.SHARE);
        }
        ArrayNode axes = root.putArray("force_ratio");
        for (AxisForceRatio axis : a.axes()) {
            ObjectNode node = axes.addObject();
            node.put("axis", axis.axis().value());
            ArrayNode points = node.putArray("points");
            for (RatioPoint p : axis.points()) {
                ObjectNode point = points.addObject();
                JsonTree.number(point, "hour", p.hoursAfterD(), Decimals.HOURS);
                JsonTree.number(point, "opposed_share", p.opposedShare(), Decimals.SHARE);
                JsonTree.number(point, "unopposed_share", p.unopposedShare(), Decimals.SHARE);
                JsonTree.number(point, "mean", p.mean(), RATIO);
                JsonTree.number(point, "p5", p.p5(), RATIO);
                JsonTree.number(point, "p50", p.p50(), RATIO);
                JsonTree.number(point, "p95", p.p95(), RATIO);
            }
        }
        ArrayNode sensitivity = root.putArray("sensitivity");
        for (Sensitivity s : a.sensitivity()) {
            ObjectNode node = sensitivity.addObject();
            node.put("input", s.input().id());
            JsonTree.number(node, "low_value", s.low(), 6);
            JsonTree.number(node, "high_value", s.high(), 6);
            JsonTree.number(node, "held_at_low", s.heldAtLow(), Decimals.SHARE);
            JsonTree.number(node, "held_at_high", s.heldAtHigh(), Decimals.SHARE);
            JsonTree.number(node, "difference_half_width", s.differenceHalfWidth(), Decimals.SHARE);
            JsonTree.number(node, "rank_correlation", s.rankCorrelation(), Decimals.SHARE);
            JsonTree.number(node, "first_fall_hours_at_low", s.firstFallAtLow(), 2);
            JsonTree.number(node, "first_fall_hours_at_high", s.firstFallAtHigh(), 2);
            JsonTree.number(node, "held_every_hours", s.everyHours(), 2);
            ArrayNode low = node.putArray("held_over_time_at_low");
            s.heldOverTimeAtLow().forEach(v -> low.add(Math.round(v * 1e4) / 1e4));
            ArrayNode high = node.putArray("held_over_time_at_high");
            s.heldOverTimeAtHigh().forEach(v -> high.add(Math.round(v * 1e4) / 1e4));
        }
        ArrayNode convergence = root.putArray("convergence");
        a.convergence().forEach(c -> {
            ObjectNode node = convergence.addObject();
            node.put("runs", c.runs());
            JsonTree.number(node, "mean_objectives_held", c.meanObjectivesHeld(), Decimals.SHARE);
            JsonTree.number(node, "half_width", c.halfWidth(), Decimals.SHARE);
            JsonTree.number(node, "widest_held_half_width", c.widestHeldHalfWidth(), Decimals.SHARE);
        });
        return JsonTree.write(root);
    }

    private static ObjectNode held(HeldPoint p) {
        ObjectNode node = JsonTree.object();
        JsonTree.number(node, "hour", p.hoursAfterD(), Decimals.HOURS);
        JsonTree.number(node, "p", p.probability(), Decimals.SHARE);
        JsonTree.number(node, "low", p.low(), Decimals.SHARE);
        JsonTree.number(node, "high", p.high(), Decimals.SHARE);
        return node;
    }

    private static String share(double value) {
        return Decimals.text(value, Decimals.SHARE);
    }

    private static String cv(double value) {
        return Decimals.text(value, Decimals.TONNES);
    }

    private static String hours(OptionalDouble value) {
        return value.isPresent() ? Decimals.hours(value.getAsDouble()) : "";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
