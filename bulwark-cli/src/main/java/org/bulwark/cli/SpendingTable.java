package org.bulwark.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bulwark.cli.export.Published;
import org.bulwark.cli.export.SpendingView;
import org.bulwark.model.DefenceSpending;
import org.bulwark.model.NationCode;
import org.bulwark.targets.spending.AllianceAggregate;
import org.bulwark.targets.spending.Assessment;
import org.bulwark.targets.spending.BurdenShare;
import org.bulwark.targets.spending.CommitmentKind;
import org.bulwark.targets.spending.NationAssessment;
import org.bulwark.targets.spending.ProjectionMethod;
import org.bulwark.targets.spending.SpendingReport;
import org.bulwark.targets.spending.Status;
import org.bulwark.targets.spending.Trend;

/** {@code bulwark spending} for the terminal: the commitments, the pledges, the totals, the shares, the method. */
final class SpendingTable {
    private SpendingTable() {
    }

    static String render(SpendingView view) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        SpendingReport report = view.report();
        int year = report.year();
        out.printf("Defence spending %d against NATO commitments: %d allies with figures%s%n", year, report.nations().size(),
                report.withoutFigures().isEmpty() ? "" : ", none for " + codes(report.withoutFigures()));
        out.println();

        boolean floor = year >= report.guidelines().floorFrom();
        TextTable main = new TextTable("iso3", "country", "% GDP", "estimate",
                floor ? "2% floor (Vilnius)" : "2% by 2024 (Wales)", "3.5% core by 2035", "equipment %", "20% on equipment",
                "trend % GDP (OLS)");
        for (NationAssessment nation : view.nations()) {
            DefenceSpending f = nation.figures();
            main.row(nation.nation().value(), view.name(nation.nation()), published(Published.percent(f.defencePctGdp())),
                    f.source().estimate() ? "yes" : "no", status(nation.against(CommitmentKind.TWO_PERCENT)),
                    status(nation.against(CommitmentKind.CORE_2035)), published(Published.percent(f.equipmentPctDefence())),
                    status(nation.against(CommitmentKind.EQUIPMENT)), trend(nation.trend()));
        }
        main.print(out);

        List<NationAssessment> pledging = view.nations().stream().filter(n -> !n.pledges().isEmpty()).toList();
        if (!pledging.isEmpty()) {
            out.println();
            out.println("== National pledges (announced by " + year + ")");
            TextTable pledges = new TextTable("iso3", "% GDP", "target", "by_year", "read as", "announced", "status", "source");
            for (NationAssessment nation : pledging) {
                for (Assessment pledge : nation.pledges()) {
                    pledges.row(nation.nation().value(), published(Published.percent(pledge.value())),
                            Published.target(pledge.targetPct()).toPlainString(), dash(pledge.timing().text()),
                            pledge.timing().interpretation(), dash(pledge.basis().announced()), status(pledge),
                            pledge.basis().source().estimate() ? "estimate" : "cited");
                }
            }
            pledges.print(out);
        }

        out.println();
        out.println("== Alliance totals (current prices and exchange rates)");
        if (report.aggregates().isEmpty()) {
            out.println("No totals for " + year + ": " + codes(report.withoutCashFigures())
                    + " have a % of GDP but no US-dollar figures (press summaries).");
        } else {
            TextTable totals = new TextTable("group", "allies", "defence USD m", "GDP USD bn", "% GDP");
            for (AllianceAggregate a : report.aggregates()) {
                totals.row(a.group(), a.members().size(),
                        Published.sum(a.defenceUsdMillions(), Published.USD_MILLIONS).toPlainString(),
                        Published.sum(a.gdpUsdBillions(), Published.USD_BILLIONS).toPlainString(),
                        Published.derived(a.pctGdpCurrentPrices(), 2).toPlainString());
            }
            totals.print(out);
            out.println("The % GDP of totals is in current prices; the allies' shares above are NATO's, on 2015 prices.");
        }

        if (report.burdenSharing().isPresent()) {
            out.println();
            out.println("== Burden sharing " + year + " (share of the Alliance total, current US dollars)");
            TextTable shares = new TextTable("iso3", "country", "% of GDP", "% of defence", "ratio");
            for (BurdenShare s : view.shares()) {
                shares.row(s.nation().value(), view.name(s.nation()), Published.derived(s.gdpSharePct(), 2).toPlainString(),
                        Published.derived(s.defenceSharePct(), 2).toPlainString(), Published.derived(s.ratio(), 2).toPlainString());
            }
            shares.print(out);
            out.println("ratio = share of defence / share of GDP: above 1, the ally carries more than its economic weight.");
        }

        out.println();
        ProjectionMethod method = report.method();
        out.println("Status: met = at or above the target. Below it: off track when already due (2% is a floor from "
                + report.guidelines().floorFrom() + ");");
        out.printf("otherwise a least-squares line through the last %d years' figures (at least %d) is projected from the%n",
                method.windowYears(), method.minimumPoints());
        out.println("year's figure to the due year: on track if it reaches the target. '-> 2.61 in 2035' is that projection;");
        out.println("'!' marks one that reaches further ahead than the years it is fitted on. Method and limits: docs/spending.md.");
        out.println("Figures: bulwark sources defence_expenditure (every row's source and estimate flag: --format csv, json or xlsx).");
        out.flush();
        return text.toString();
    }

    private static String status(Assessment a) {
        if (a.status() == Status.MET || a.projectedPct().isEmpty()) {
            return a.status() == Status.NOT_ASSESSED ? "not assessed" : a.status().label();
        }
        return a.status().label() + " -> " + Published.derived(a.projectedPct().getAsDouble(), 2).toPlainString()
                + " in " + a.dueYear().getAsInt() + (a.extrapolated() ? " !" : "");
    }

    private static String trend(Optional<Trend> trend) {
        if (trend.isEmpty()) {
            return "—";
        }
        Trend t = trend.get();
        BigDecimal slope = Published.derived(t.slopePerYear(), 2);
        return (slope.signum() >= 0 ? "+" : "") + slope.toPlainString() + "/yr " + t.firstYear() + "-" + t.lastYear()
                + (t.mixesSources() ? " (mixed sources)" : "");
    }

    private static String published(BigDecimal value) {
        return value == null ? "—" : value.toPlainString();
    }

    private static String dash(String text) {
        return text.isEmpty() ? "—" : text;
    }

    private static String codes(List<NationCode> nations) {
        return nations.stream().map(NationCode::value).collect(Collectors.joining(", "));
    }
}
