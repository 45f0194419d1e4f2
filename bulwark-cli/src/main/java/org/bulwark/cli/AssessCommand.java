package org.bulwark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.bulwark.campaign.CampaignAssessment;
import org.bulwark.campaign.CampaignAssessment.HeldPoint;
import org.bulwark.campaign.CampaignAssessment.ObjectiveOutlook;
import org.bulwark.campaign.CampaignAssessment.Sensitivity;
import org.bulwark.campaign.CampaignCompilation;
import org.bulwark.campaign.MonteCarloCampaign;
import org.bulwark.campaign.MonteCarloOptions;
import org.bulwark.cli.export.AssessmentFiles;
import org.bulwark.deploy.ProgressListener;
import org.bulwark.model.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Assesses whether the posture holds: plans the deployment for the reinforcements' arrivals, then runs "
                + "seeded replications of the campaign model (docs/model.md).",
            "Prints P(objective held) over time, when objectives fall, attrition by side and what moves the outcome.",
            "With --out, writes assessment.json, objectives.csv, time-to-fall.csv, attrition.csv, force-ratio.csv and "
                    + "sensitivity.csv. The same --seed gives the same results with any --threads."})
final class AssessCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario folder or bundled scenario name.")
    String scenario;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "10000", description = "Replications. Default: ${DEFAULT-VALUE}.")
    int runs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of every random stream. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (results do not depend on it). Default: the processors.")
    Integer threads;

    @Option(names = "--sensitivity-runs", paramLabel = "N", defaultValue = "1000",
            description = "Replications at each end of each tornado bar; 0 skips them. Default: ${DEFAULT-VALUE}.")
    int sensitivityRuns;

    @Option(names = "--held-at", paramLabel = "DAYS", split = ",", defaultValue = "3,7",
            description = "Days after D-day at which to show P(held), comma-separated (P(held) at the end is always shown; "
                    + "P(held) every 6 h is in objectives.csv). Default: ${DEFAULT-VALUE}.")
    List<Double> heldAt;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to write the assessment files to (new or empty).")
    Path out;

    @Option(names = "--force", description = "Write into a non-empty DIR, keeping replaced files as NAME.orig.")
    boolean force;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on stderr. Default: only when run from a terminal.")
    Boolean progress;

    @Override
    public Integer call() {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (runs < 1 || workers < 1 || sensitivityRuns < 0) {
            throw new UserError("--runs and --threads must be at least 1 and --sensitivity-runs at least 0, were "
                    + runs + ", " + workers + ", " + sensitivityRuns + ".");
        }
        for (double d : heldAt) {
            if (!(d > 0) || Double.isInfinite(d)) {
                throw new UserError("--held-at: days after D-day must be more than 0, got " + number(d) + "; e.g. --held-at 2,5,10.");
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        Optional<Scenario> loaded = ScenarioLoading.load(scenario, err);
        if (loaded.isEmpty()) {
            return ExitCode.INVALID_INPUT;
        }
        OutputFolder folder = out == null ? null : OutputFolder.open(out, force);
        Optional<CampaignCompilation.Ready> compiled = CampaignLoading.compile(loaded.get(), scenario, workers, err,
                progress);
        if (compiled.isEmpty()) {
            return ExitCode.INVALID_INPUT;
        }
        CampaignCompilation.Ready ready = compiled.get();
        MonteCarloOptions options = MonteCarloOptions.DEFAULT.withRuns(runs).withSeed(seed).withThreads(workers)
                .withSensitivityRuns(sensitivityRuns);
        CampaignAssessment assessment = assess(ready, options, err, progress);
        Report report = report(loaded.get(), assessment, ready.notes(), workers, heldAt)
                .withSectionAfter("Objectives", stands(ready.model()));
        return ResultsFolder.print(report, folder, out, () -> AssessmentFiles.of(assessment), spec.commandLine().getOut());
    }

    static CampaignAssessment assess(CampaignCompilation.Ready ready, MonteCarloOptions options, PrintWriter err,
                                     Boolean progress) {
        ProgressListener listener = ProgressBar.on(err, progress);
        try {
            return MonteCarloCampaign.assess(ready.model(), options,
                    (done, total) -> listener.progress("assessment", done, total));
        } finally {
            ProgressBar.finish(listener);
        }
    }

    static Report report(Scenario scenario, CampaignAssessment a, List<String> notes, int threads) {
        return report(scenario, a, notes, threads, List.of(3.0, 7.0));
    }

    static Report report(Scenario scenario, CampaignAssessment a, List<String> notes, int threads, List<Double> heldDays) {
        List<String> lead = List.of(String.format(Locale.ROOT,
                "%,d replications, seed %d, %d threads; %s days at %s-hour steps; times are hours after D-day (the attack).",
                a.runs(), a.seed(), threads, number(a.days()), number(a.stepHours())),
                dDay(scenario),
                String.format(Locale.ROOT, "Every objective held at the end in %s of runs (95 %% CI %s-%s); %s of %d held on average.",
                        percent(a.allHeld().probability()), percent(a.allHeld().low()), percent(a.allHeld().high()),
                        number(a.meanObjectivesHeld()), a.objectives().size()),
                "First objective lost at h (5-50-95 %): " + fallRange(a.firstFall()) + ".");
        List<Double> days = heldDays.stream().filter(d -> d < a.days()).sorted().distinct().toList();
        List<Double> beyond = heldDays.stream().filter(d -> d >= a.days()).sorted().distinct().toList();
        List<List<String>> rows = new ArrayList<>();
        for (ObjectiveOutlook o : a.objectives()) {
            List<String> row = new ArrayList<>(List.of(o.objective().value()));
            days.forEach(d -> row.add(held(o, d * 24)));
            row.add(held(o, a.days() * 24));
            row.add(gatesRange(o.atTheGates()));
            row.add(fallRange(o));
            rows.add(row);
        }
        List<String> header = new ArrayList<>(List.of("objective"));
        days.forEach(d -> header.add("P(held) " + java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() + " d"));
        header.addAll(List.of("P(held) end (95 % CI)", "at its gates h (5-50-95 %)", "falls at h (5-50-95 %)"));
        Report report = new Report("Campaign assessment: " + scenario.info().name(), lead, List.of(
                new Report.Section("Objectives", falls(a, header, rows)),
                new Report.Section("Attrition (combat value lost)", List.of(new Report.Table(
                        List.of("side", "mean", "5-95 %", "share of committed"),
                        List.of(attrition(a.attacker()), attrition(a.defender())))))));
        if (!a.sensitivity().isEmpty()) {
            List<Sensitivity> ranked = new ArrayList<>(a.sensitivity());
            ranked.sort(Sensitivity.byEffect(a.objectives().size(), a.days() * 24, days.stream().map(d -> d * 24).toList()));
            List<List<String>> bars = new ArrayList<>();
            for (Sensitivity s : ranked) {
                List<String> row = new ArrayList<>(List.of(s.input().id(), number(s.low()) + " → " + number(s.high())));
                days.forEach(d -> row.add(number(s.heldAt(d * 24, false)) + " → " + number(s.heldAt(d * 24, true))));
                row.addAll(List.of(number(s.heldAtLow()) + " → " + number(s.heldAtHigh()),
                        "±" + number(s.differenceHalfWidth()), number(s.firstFallAtLow()) + " → " + number(s.firstFallAtHigh()),
                        number(s.rankCorrelation())));
                bars.add(row);
            }
            List<String> barHeader = new ArrayList<>(List.of("input", "10th → 90th percentile"));
            days.forEach(d -> barHeader.add("held at " + java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() + " d"));
            barHeader.addAll(List.of("held at end", "95 % CI of change", "h to first fall", "rank correlation"));
            report = report.with(new Report.Section("What moves the outcome (mean objectives held at the days asked for and at "
                    + "the end; hours to the first objective lost, mean, the whole campaign when none is)", List.of(
                    new Report.Table(barHeader, bars),
                    new Report.Line("Ranked by the largest of these changes, each as a share of its range (all objectives; "
                            + "the campaign's hours). The 95 % CI is that of the change at the end."))));
        }
        CampaignAssessment.ConvergencePoint last = a.convergence().isEmpty() ? null
                : a.convergence().get(a.convergence().size() - 1);
        List<Report.Block> quality = new ArrayList<>();
        if (last != null) {
            quality.add(new Report.Line(String.format(Locale.ROOT,
                    "Mean objectives held %s ± %s (95 %%); widest interval of any P(held at end) ± %s.",
                    number(last.meanObjectivesHeld()), number(last.halfWidth()), number(last.widestHeldHalfWidth()))));
        }
        if (!beyond.isEmpty()) {
            quality.add(new Report.Line("--held-at " + String.join(", ", beyond.stream().map(AssessCommand::number).toList())
                    + " d: at or beyond the campaign's " + number(a.days()) + " days, so shown as the end column only."));
        }
        notes.forEach(note -> quality.add(new Report.Line(note)));
        quality.add(new Report.Line("Defaults are estimates (docs/model.md lists each with its source and the model's limits)."));
        return report.with(new Report.Section("Notes", quality));
    }

    /**
     * Where the defenders stand: every position with the axes through it and the units that go
     * there first, each with its planned hour in position; the CV that is there by the campaign's
     * end (at the threat's warning); empty positions too.
     */
    static Report.Section stands(org.bulwark.campaign.CampaignModel model) {
        java.util.Map<org.bulwark.model.NodeId, List<org.bulwark.campaign.CampaignModel.Stand>> at = new java.util.LinkedHashMap<>();
        model.positions().forEach(p -> at.put(p, new ArrayList<>()));
        model.stands().forEach(s -> at.get(s.position()).add(s));
        double end = model.warningHours() + model.days() * 24;
        List<List<String>> rows = new ArrayList<>();
        boolean[] late = {false};
        at.forEach((position, stands) -> {
            double cv = 0;
            List<String> units = new ArrayList<>();
            for (org.bulwark.campaign.CampaignModel.Stand s : stands) {
                double since = s.inPositionHour() + (s.fromD() ? model.warningHours() : 0);
                boolean after = since > end;
                late[0] |= after;
                if (!after) {
                    cv += s.combatValue();
                }
                units.add(s.unit().value() + " (" + (s.fromD() ? "D+" : "C+") + number(s.inPositionHour())
                        + (after ? ", after the end" : "") + ")");
            }
            rows.add(List.of(position.value(), String.join(" ", model.axesThrough(position).stream().map(a -> a.value()).toList()),
                    number(cv), units.isEmpty() ? "(none)" : String.join(", ", units)));
        });
        List<Report.Block> blocks = new ArrayList<>();
        blocks.add(new Report.Table(List.of("position", "on axes", "CV by the end", "units (planned hour in position)"), rows));
        blocks.add(new Report.Line("A position is an allied node on an axis. Each unit, in the order units arrive, marches by "
                + "road (never through the adversary's territory) to the nearest position within defence_radius_km on an axis "
                + "not yet covered - the CV sent to its positions below the attack on it divided by hold_ratio - else to the "
                + "nearest, and meets the attack there (docs/model.md, \"Forces\"). Hours are after C-day (deployment starts); D-day comes " + number(model.warningHours())
                + " h later at the threat's warning, and the campaign ends " + number(model.days() * 24) + " h after D. "
                + "\"CV by the end\" leaves out units in position only after the end. Positions marked (none) are marched through."));
        return new Report.Section("Where the defenders stand (planned, at the parameters' point values; a run can differ)", blocks);
    }

    private static List<String> attrition(CampaignAssessment.Attrition side) {
        return List.of(side.side(), number(side.mean()), number(side.p5()) + "-" + number(side.p95()),
                percent(side.meanShare()));
    }

    private static String held(ObjectiveOutlook o, double hour) {
        HeldPoint best = o.held().get(0);
        for (HeldPoint p : o.held()) {
            if (p.hoursAfterD() <= hour + 1e-9) {
                best = p;
            }
        }
        return hour >= o.held().get(o.held().size() - 1).hoursAfterD() - 1e-9
                ? percent(best.probability()) + " (" + percent(best.low()) + "-" + percent(best.high()) + ")"
                : percent(best.probability());
    }

    /** The objectives table, then one sentence per objective that falls in some runs: how it fell. */
    private static List<Report.Block> falls(CampaignAssessment a, List<String> header, List<List<String>> rows) {
        List<Report.Block> blocks = new ArrayList<>();
        blocks.add(new Report.Table(header, rows));
        blocks.add(new Report.Line("At its gates: when an attack first comes within position_depth_km of the objective, "
                + "where its defence would meet it (the \"outskirts\" of published wargames)."));
        for (ObjectiveOutlook o : a.objectives()) {
            CampaignAssessment.FallStory f = o.fall();
            if (f.fell() == 0) {
                continue;
            }
            double share = (double) f.fell() / a.runs();
            StringBuilder s = new StringBuilder(o.objective().value() + ": falls in " + (share < 0.001
                    ? String.format(Locale.ROOT, "%d of %,d", f.fell(), a.runs()) : percent(share)) + " of runs; ");
            if (f.unopposed() > 0) {
                if (f.undefendedFromHour() == 0) {
                    s.append(percent((double) f.unopposed() / f.fell())).append(" of those undefended all the way from D-day (median): ")
                            .append(number(f.unopposedKm())).append(" km");
                } else {
                    s.append(percent((double) f.unopposed() / f.fell())).append(" of those undefended (or its defence broken) from ")
                            .append(number(f.undefendedFromHour())).append(" h after D (median), the last ")
                            .append(number(f.unopposedKm())).append(" km");
                }
                if (!Double.isNaN(f.kmPerDay())) {
                    s.append(" at ").append(number(f.kmPerDay())).append(" km/day");
                }
                if (f.unopposed() < f.fell()) {
                    s.append("; the others overrun while defended");
                }
            } else {
                s.append("overrun while defended (force ratio above the hold ratio)");
            }
            blocks.add(new Report.Line(s.append('.').toString()));
        }
        return blocks;
    }

    /** When D-day (the attack) comes after C-day (the decision to deploy): the threat's warning, or its drawn range. */
    static String dDay(Scenario scenario) {
        java.util.Optional<org.bulwark.model.Uncertainty> drawn = scenario.campaign()
                .uncertainty(org.bulwark.model.ScenarioInput.WARNING_HOURS)
                .filter(u -> !(u.distribution() instanceof org.bulwark.model.Distribution.Fixed));
        if (drawn.isPresent()) {
            org.bulwark.model.Distribution d = drawn.get().distribution();
            return String.format(Locale.ROOT, "D-day comes after C-day (deployment starts) by a warning drawn anew in each run: "
                    + "median %s h, 10th-90th percentile %s-%s h (campaign.yaml); the deployment plan counts from C-day.",
                    number(org.bulwark.campaign.Quantiles.of(d, 0.5)), number(org.bulwark.campaign.Quantiles.of(d, 0.1)),
                    number(org.bulwark.campaign.Quantiles.of(d, 0.9)));
        }
        return String.format(Locale.ROOT, "D-day comes %s h after C-day (deployment starts; threat.yaml warning); the "
                + "deployment plan counts from C-day.", number(scenario.threat().warningHours()));
    }

    private static String fallRange(ObjectiveOutlook o) {
        return fallRange(o.timeToFall());
    }

    private static String fallRange(CampaignAssessment.TimeToFall t) {
        if (t.p5().isEmpty()) {
            return "held in " + percent(t.neverFalls()) + " of runs";
        }
        return hours(t.p5()) + "-" + hours(t.p50()) + "-" + hours(t.p95());
    }

    /** When an axis first comes within position_depth_km of the objective (the outskirts), 5-50-95 %. */
    private static String gatesRange(CampaignAssessment.TimeToFall t) {
        if (t.p5().isEmpty()) {
            return "never reached";
        }
        java.util.function.Function<OptionalDouble, String> at = h -> h.isPresent() ? number(h.getAsDouble()) : "never";
        return at.apply(t.p5()) + "-" + at.apply(t.p50()) + "-" + at.apply(t.p95());
    }

    private static String hours(OptionalDouble h) {
        return h.isPresent() ? number(h.getAsDouble()) : "held";
    }

    private static String number(double v) {
        if (!Double.isFinite(v)) {
            return "-";
        }
        return Math.abs(v - Math.rint(v)) < 1e-9 ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, Math.abs(v) >= 10 ? "%.1f" : "%.3g", v);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}
