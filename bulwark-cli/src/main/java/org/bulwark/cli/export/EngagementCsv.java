package org.bulwark.cli.export;

import java.util.List;
import java.util.Objects;
import org.bulwark.campaign.engagement.EngagementModel;
import org.bulwark.model.Engagement;

/**
 * The CSV of {@code bulwark engagement --out FILE}: one row per engagement, the model's call, the
 * 5/50/95 % of each rate, what happened when known, and which inputs lay outside the fitted battles.
 */
public final class EngagementCsv {
    private static final String[] HEADER = {"engagement", "attacker_win_probability", "outcome_called",
        "attacker_loss_per_day_p05", "attacker_loss_per_day_p50", "attacker_loss_per_day_p95",
        "defender_loss_per_day_p05", "defender_loss_per_day_p50", "defender_loss_per_day_p95",
        "advance_km_per_day_p05", "advance_km_per_day_p50", "advance_km_per_day_p95",
        "observed_outcome", "observed_attacker_loss_per_day", "observed_defender_loss_per_day", "observed_advance_km_per_day",
        "outside_fit"};

    /** One engagement and what the model says of it. */
    public record Row(Engagement engagement, EngagementModel.Prediction prediction) {
        public Row {
            Objects.requireNonNull(engagement, "engagement");
            Objects.requireNonNull(prediction, "prediction");
        }
    }

    private EngagementCsv() {
    }

    /** The call: the regression is of the attacker's win against everything else (a defender's win or a draw). */
    public static String called(EngagementModel.Prediction p) {
        return p.outcome() == Engagement.Outcome.ATTACKER_WINS ? "attacker_wins" : "attacker_does_not_win";
    }

    public static String write(List<Row> rows) {
        CsvTable table = new CsvTable(HEADER);
        for (Row row : rows) {
            Engagement e = row.engagement();
            EngagementModel.Prediction p = row.prediction();
            table.row(e.id(), num(p.attackerWinProbability()), called(p),
                    num(p.attackerLossPerDay().low()), num(p.attackerLossPerDay().median()), num(p.attackerLossPerDay().high()),
                    num(p.defenderLossPerDay().low()), num(p.defenderLossPerDay().median()), num(p.defenderLossPerDay().high()),
                    num(p.advanceKmPerDay().low()), num(p.advanceKmPerDay().median()), num(p.advanceKmPerDay().high()),
                    e.observed().map(o -> o.outcome().label()).orElse(""),
                    e.observed().map(o -> num(o.attackerCasualties() / e.attacker().strength() / e.durationDays())).orElse(""),
                    e.observed().map(o -> num(o.defenderCasualties() / e.defender().strength() / e.durationDays())).orElse(""),
                    e.observed().map(o -> num(o.advanceKm() / e.durationDays())).orElse(""),
                    String.join("; ", p.outsideFit()));
        }
        return table.write();
    }

    /** Five significant figures, no trailing zeros; empty for a non-finite value. */
    private static String num(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        return java.math.BigDecimal.valueOf(v).round(new java.math.MathContext(5)).stripTrailingZeros().toPlainString();
    }
}
