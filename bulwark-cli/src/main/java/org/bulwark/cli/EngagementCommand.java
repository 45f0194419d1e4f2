package org.bulwark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bulwark.campaign.engagement.EngagementFit;
import org.bulwark.campaign.engagement.EngagementModel;
import org.bulwark.cli.export.EngagementCsv;
import org.bulwark.model.Engagement;
import org.bulwark.reference.Cdb90;
import org.bulwark.scenario.EngagementReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "engagement", mixinStandardHelpOptions = true,
        description = {"The engagement model fitted on the 525 usable historical battles of CDB90 (US Army CAA; ODC-BY): each side's "
                + "losses per day, the attacker's advance per day and the chance the attacker wins, with 5-95 %% intervals.",
            "With --battles FILE it predicts your engagements (a CSV: attacker_strength, defender_strength, posture, "
                + "duration_days, optional tanks, artillery, air sorties, terrain, year, and what happened to compare; "
                + "docs/model.md). Without it, it cross-validates the model on the bundled battles against the 3:1 rule "
                + "and constant rates.",
            "Exit code 0, or 2 when the file or an option is wrong."})
final class EngagementCommand implements Callable<Integer> {
    private static final int SHOWN = 20;

    @Spec
    CommandSpec spec;

    @Option(names = "--battles", paramLabel = "FILE", description = "CSV of engagements to predict (docs/model.md).")
    Path battles;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the predictions as CSV here.")
    Path out;

    @Option(names = "--force", description = "Replace an existing --out file, keeping it as FILE.orig.")
    boolean force;

    @Option(names = "--folds", defaultValue = "10", description = "Cross-validation folds (without --battles). Default: ${DEFAULT-VALUE}.")
    int folds;

    @Option(names = "--seed", defaultValue = "1990", description = "Shuffle seed of the cross-validation. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (out != null && Files.isDirectory(out)) {
            err.println(out + ": is a folder; give --out a file name, e.g. " + out.resolve("engagements.csv"));
            return ExitCode.INVALID_INPUT;
        }
        if (out != null && Files.exists(out) && !force) {
            err.println(out + ": the file exists; give --force to replace it (it is kept as " + out.getFileName() + ".orig)");
            return ExitCode.INVALID_INPUT;
        }
        List<Engagement> history = Cdb90.bundled().battles();
        if (battles == null) {
            if (folds < 2 || folds > history.size()) {
                err.println("--folds: give 2 to " + history.size() + ", got " + folds);
                return ExitCode.INVALID_INPUT;
            }
            return crossValidate(w, err, history);
        }
        EngagementReader.EngagementRead read = EngagementReader.read(battles);
        ScenarioLoading.printProblems(read.problems(), err);
        if (!read.valid()) {
            err.println(battles + ": invalid — " + ScenarioLoading.countLine(read.problems()));
            return ExitCode.INVALID_INPUT;
        }
        EngagementModel model = EngagementFit.fit(history);
        List<EngagementCsv.Row> rows = new ArrayList<>();
        List<List<String>> shown = new ArrayList<>();
        int called = 0;
        int observed = 0;
        int outside = 0;
        for (Engagement e : read.engagements()) {
            EngagementModel.Prediction p = model.predict(e);
            rows.add(new EngagementCsv.Row(e, p));
            if (!p.outsideFit().isEmpty()) {
                outside++;
            }
            if (shown.size() < SHOWN) {
                shown.add(List.of(e.id(), pct(p.attackerWinProbability()), EngagementCsv.called(p), range(p.attackerLossPerDay(), true),
                        range(p.defenderLossPerDay(), true), range(p.advanceKmPerDay(), false),
                        e.observed().map(o -> o.outcome().label()).orElse(""), p.outsideFit().isEmpty() ? "" : "yes"));
            }
            if (e.observed().isPresent()) {
                observed++;
                called += (p.outcome() == Engagement.Outcome.ATTACKER_WINS)
                        == (e.observed().get().outcome() == Engagement.Outcome.ATTACKER_WINS) ? 1 : 0;
            }
        }
        w.println("Engagement model: fitted on " + model.battles() + " battles of " + Cdb90.ATTRIBUTION + ".");
        w.println("Loss rates are % of each side's strength a day; intervals 5-95 %. Historical fit, not a forecast: docs/model.md.");
        w.println();
        table(List.of("engagement", "P(attacker wins)", "called", "attacker loss %/day", "defender loss %/day",
                "advance km/day", "observed", "outside fit"), shown).print(w);
        if (rows.size() > SHOWN) {
            w.println("… and " + (rows.size() - SHOWN) + " more" + (out != null ? " in " + out : "; give --out FILE for all"));
        }
        if (outside > 0) {
            w.printf(Locale.ROOT, "%d engagement%s lie outside the battles the model was fitted on (column outside_fit says which "
                    + "inputs): the prediction holds those inputs at the edge of the data instead of extrapolating; after 1945 "
                    + "the fit has one battle, so modern weapons are not in it (docs/model.md).%n", outside, outside == 1 ? "" : "s");
        }
        if (observed > 0) {
            w.printf(Locale.ROOT, "Attacker's win called right in %d of %d engagements with an outcome (a draw counts as the "
                    + "attacker not winning). Battles of CDB90 itself are in the fit, so for them this is in sample; the "
                    + "out-of-sample figures come from 'bulwark engagement' without --battles.%n", called, observed);
        }
        return write(err, rows);
    }

    private int crossValidate(PrintWriter w, PrintWriter err, List<Engagement> history) {
        EngagementFit.CrossValidation cv = EngagementFit.crossValidate(history, folds, seed);
        EngagementFit.Scores m = cv.model();
        EngagementFit.Scores b = cv.baseline();
        w.printf(Locale.ROOT, "Engagement model, %d-fold cross-validation (seed %d) on %d battles of %s.%n", folds, seed,
                history.size(), Cdb90.ATTRIBUTION);
        w.println("Each battle predicted by a model fitted without it; baselines fitted on the same folds.");
        w.println();
        table(List.of("figure (out of sample)", "model", "baseline", "baseline is"), List.of(
                List.of("winner called right", pct(m.winnerAccuracy()), pct(cv.threeToOneAccuracy()), "the 3:1 rule"),
                List.of("winner called right", pct(m.winnerAccuracy()), pct(cv.majorityAccuracy()), "the majority outcome"),
                List.of("winner: Brier score (lower is better)", f3(m.winnerBrier()), f3(b.winnerBrier()), "the share of attacker wins"),
                List.of("attacker loss, MAE of % a day", f2(100 * m.attackerLossMae()), f2(100 * b.attackerLossMae()), "median rate"),
                List.of("attacker loss, MAE of log rate", f3(m.attackerLogLossMae()), f3(b.attackerLogLossMae()), "median rate"),
                List.of("defender loss, MAE of % a day", f2(100 * m.defenderLossMae()), f2(100 * b.defenderLossMae()), "median rate"),
                List.of("defender loss, MAE of log rate", f3(m.defenderLogLossMae()), f3(b.defenderLogLossMae()), "median rate"),
                List.of("advance, MAE of km a day", f2(m.advanceMae()), f2(b.advanceMae()), "median advance"),
                List.of("advance, MAE of asinh(km a day)", f3(m.advanceAsinhMae()), f3(b.advanceAsinhMae()), "median advance"),
                List.of("5-95 % intervals holding the outcome", pct(cv.intervalCoverage()), "90 %", "nominal"))).print(w);
        w.printf(Locale.ROOT, "The winner is the attacker's win against everything else (a draw is not a win). Against the "
                + "majority outcome the model's gain is about one standard error (±%.1f points): the force ratio says little "
                + "about who wins; the 3:1 rule is a planning threshold, not a predictor.%n",
                100 * Math.sqrt(cv.majorityAccuracy() * (1 - cv.majorityAccuracy()) / history.size()));
        w.println();
        List<List<String>> eras = new ArrayList<>();
        for (int[] span : new int[][] {{0, 1899}, {1900, 1945}, {1946, 9999}}) {
            String label = span[0] == 0 ? "before 1900" : span[1] == 9999 ? "after 1945" : "1900-1945";
            long battles = cv.predictions().stream().filter(o -> o.battle().year() >= span[0] && o.battle().year() <= span[1])
                    .count();
            cv.modelScores(span[0], span[1]).ifPresent(era -> eras.add(List.of(label, Long.toString(battles),
                    pct(era.winnerAccuracy()), f3(era.attackerLogLossMae()), f3(era.defenderLogLossMae()))));
        }
        table(List.of("era (out of sample)", "battles", "winner called right", "attacker log-loss MAE",
                "defender log-loss MAE"), eras).print(w);
        List<EngagementCsv.Row> rows = new ArrayList<>();
        for (EngagementFit.OutOfFold o : cv.predictions()) {
            rows.add(new EngagementCsv.Row(o.battle(), o.prediction()));
        }
        return write(err, rows);
    }

    private int write(PrintWriter err, List<EngagementCsv.Row> rows) {
        if (out == null) {
            return ExitCode.OK;
        }
        String csv = EngagementCsv.write(rows);
        try {
            Path dir = out.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            if (Files.exists(out)) {
                Files.copy(out, out.resolveSibling(out.getFileName() + ".orig"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            Path tmp = Files.createTempFile(dir, ".engagement", ".csv");
            try {
                Files.writeString(tmp, csv);
                Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            err.println(out + ": cannot write: " + e.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        spec.commandLine().getOut().println("Wrote " + out + " (" + rows.size() + " rows).");
        return ExitCode.OK;
    }

    private static TextTable table(List<String> header, List<List<String>> rows) {
        TextTable t = new TextTable(header.toArray(String[]::new));
        rows.forEach(r -> t.row(r.toArray()));
        return t;
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * v);
    }

    private static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String f3(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String range(EngagementModel.Range r, boolean percent) {
        double k = percent ? 100 : 1;
        return String.format(Locale.ROOT, "%.2f (%.2f-%.2f)", k * r.median(), k * r.low(), k * r.high());
    }
}
