package org.bulwark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bulwark.campaign.CampaignCompilation;
import org.bulwark.campaign.CampaignProgress;
import org.bulwark.campaign.Comparison;
import org.bulwark.campaign.Comparison.Estimate;
import org.bulwark.campaign.Comparison.Measure;
import org.bulwark.campaign.CourseOfActionComparison;
import org.bulwark.campaign.CourseOfActionComparison.Variant;
import org.bulwark.campaign.MonteCarloOptions;
import org.bulwark.cli.export.ComparisonFiles;
import org.bulwark.deploy.ProgressListener;
import org.bulwark.model.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compares courses of action: several scenarios (postures, plans) assessed on the same replications "
                + "(common random numbers), side by side (docs/model.md, \"Course-of-action comparison\").",
            "For every objective and for all of them: each variant's P(held for --hold-days) with its 95 %% interval, "
                    + "and its paired difference from the first SCENARIO with a 95 %% interval.",
            "With --out, writes comparison.json and comparison.csv."})
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", arity = "1..*",
            description = "Scenario folders or bundled scenario names; the first is the reference.")
    List<String> scenarios;

    @Option(names = "--hold-days", paramLabel = "D",
            description = "Held means held this many days after D-day. Default: the campaign's length.")
    Double holdDays;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "4000", description = "Replications per variant. Default: ${DEFAULT-VALUE}.")
    int runs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of every random stream. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (results do not depend on it). Default: the processors.")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to write comparison.json and comparison.csv to (new or empty).")
    Path out;

    @Option(names = "--force", description = "Write into a non-empty DIR, keeping replaced files as NAME.orig.")
    boolean force;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on stderr. Default: only when run from a terminal.")
    Boolean progress;

    @Override
    public Integer call() {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (runs < 1 || workers < 1) {
            throw new UserError("--runs and --threads must be at least 1, were " + runs + ", " + workers + ".");
        }
        if (holdDays != null && (!(holdDays > 0) || holdDays.isInfinite())) {
            throw new UserError("--hold-days must be a positive number of days, was " + holdDays + "."
                    + System.lineSeparator() + "    Maybe --hold-days 10?");
        }
        PrintWriter err = spec.commandLine().getErr();
        List<Scenario> loaded = new ArrayList<>();
        for (String argument : scenarios) {
            Optional<Scenario> s = ScenarioLoading.load(argument, err);
            if (s.isEmpty()) {
                return ExitCode.INVALID_INPUT;
            }
            loaded.add(s.get());
        }
        double shortest = loaded.stream().mapToDouble(s -> s.campaign().days()).min().orElseThrow();
        double days = holdDays == null ? shortest : holdDays;
        if (days > shortest) {
            throw new UserError("--hold-days " + RequireCommand.number(days) + " is beyond the shortest campaign, "
                    + RequireCommand.number(shortest) + " days." + System.lineSeparator() + "    Maybe --hold-days "
                    + RequireCommand.number(shortest) + "?");
        }
        Scenario first = loaded.get(0);
        for (int v = 1; v < loaded.size(); v++) {
            if (!new HashSet<>(loaded.get(v).objectives().stream().map(o -> o.id()).toList())
                    .equals(new HashSet<>(first.objectives().stream().map(o -> o.id()).toList()))) {
                throw new UserError("'" + scenarios.get(v) + "' has other objectives than '" + scenarios.get(0)
                        + "'; variants are compared objective by objective." + System.lineSeparator()
                        + "    Maybe give variants of one scenario (copy it with 'bulwark init' and change the posture or plan)?");
            }
        }
        OutputFolder folder = out == null ? null : OutputFolder.open(out, force);
        List<Variant> variants = new ArrayList<>();
        List<Deployment> deployments = new ArrayList<>();
        List<String> names = names(scenarios);
        for (int v = 0; v < loaded.size(); v++) {
            Deployment deployment = DeployCommand.plan(loaded.get(v),
                    org.bulwark.deploy.PlannerOptions.DEFAULT.withThreads(workers), err, progress);
            Optional<CampaignCompilation.Ready> ready = CampaignLoading.compile(loaded.get(v), deployment, scenarios.get(v),
                    err);
            if (ready.isEmpty()) {
                return ExitCode.INVALID_INPUT;
            }
            deployments.add(deployment);
            variants.add(new Variant(names.get(v), ready.get().model()));
        }
        MonteCarloOptions options = MonteCarloOptions.DEFAULT.withRuns(runs).withSeed(seed).withThreads(workers)
                .withSensitivityRuns(0);
        ProgressListener listener = ProgressBar.on(err, progress);
        Comparison comparison;
        try {
            CampaignProgress bar = (done, total) -> listener.progress("comparison", done, total);
            comparison = CourseOfActionComparison.compare(variants, days, options, bar);
        } finally {
            ProgressBar.finish(listener);
        }
        Report report = report(comparison, workers).withSectionAfter("P(held) side by side", deployments(names, deployments));
        return ResultsFolder.print(report, folder, out, () -> ComparisonFiles.of(comparison), spec.commandLine().getOut());
    }

    /**
     * The variants' deployment plans side by side: how many reinforcements arrive, how many late and
     * by how much, when the last closes, the worst bottleneck; then closure by region.
     */
    static Report.Section deployments(List<String> names, List<Deployment> deployments) {
        List<List<String>> rows = new ArrayList<>();
        java.util.Map<String, String[]> regions = new java.util.LinkedHashMap<>();
        for (int v = 0; v < deployments.size(); v++) {
            org.bulwark.deploy.DeploymentPlan plan = deployments.get(v).plan();
            long arrived = plan.movements().stream().filter(m -> m.arriveHour().isPresent()).count();
            long late = plan.movements().stream().filter(m -> m.status() == org.bulwark.deploy.MovementStatus.LATE).count();
            long unreachable = plan.movements().stream()
                    .filter(m -> m.status() == org.bulwark.deploy.MovementStatus.UNREACHABLE).count();
            double last = plan.movements().stream().filter(m -> m.arriveHour().isPresent())
                    .mapToDouble(m -> m.arriveHour().getAsDouble()).max().orElse(Double.NaN);
            String bottleneck = plan.bottlenecks().isEmpty() ? "none"
                    : plan.bottlenecks().get(0).resource().describe() + " (" + RequireCommand.number(
                            plan.bottlenecks().get(0).weightedLateHoursSaved()) + " weighted late h)";
            rows.add(List.of(names.get(v), String.valueOf(plan.movements().size()), String.valueOf(arrived),
                    String.valueOf(late), String.valueOf(unreachable), RequireCommand.number(plan.objective().weightedLateHours()),
                    Double.isNaN(last) ? "-" : "C+" + RequireCommand.number(last), bottleneck));
            for (org.bulwark.deploy.Closure c : plan.closures()) {
                String[] cells = regions.computeIfAbsent(c.region(), k -> {
                    String[] row = new String[deployments.size()];
                    java.util.Arrays.fill(row, "-");
                    return row;
                });
                if (!c.points().isEmpty()) {
                    cells[v] = "C+" + RequireCommand.number(c.points().get(c.points().size() - 1).hour());
                }
            }
        }
        List<List<String>> closure = new ArrayList<>();
        regions.forEach((region, cells) -> {
            List<String> row = new ArrayList<>(List.of(region));
            row.addAll(List.of(cells));
            closure.add(row);
        });
        List<String> closureHeader = new ArrayList<>(List.of("region"));
        closureHeader.addAll(names);
        return new Report.Section("Deployment side by side", List.of(
                new Report.Table(List.of("variant", "reinforcements", "arrive", "late", "never arrive", "weighted late h",
                        "last arrival (h after C-day)", "worst bottleneck"), rows),
                new Report.Line("Closure by region: when the last of its reinforcements arrives (h after C-day)."),
                new Report.Table(closureHeader, closure)));
    }

    /** Variant names: the arguments' folder names, made unique with #2, #3, … */
    private static List<String> names(List<String> arguments) {
        List<String> names = new ArrayList<>();
        for (String argument : arguments) {
            Path file = Path.of(argument).getFileName();
            String base = file == null ? argument : file.toString();
            String name = base;
            for (int i = 2; names.contains(name); i++) {
                name = base + "#" + i;
            }
            names.add(name);
        }
        return names;
    }

    static Report report(Comparison c, int threads) {
        List<String> header = new ArrayList<>();
        header.add("objective");
        header.add(c.variants().get(0) + " (95 % CI)");
        for (int v = 1; v < c.variants().size(); v++) {
            header.add(c.variants().get(v) + " (95 % CI)");
            header.add("difference (95 % CI)");
        }
        List<List<String>> rows = new ArrayList<>();
        for (Measure m : c.measures()) {
            List<String> row = new ArrayList<>();
            row.add(m.name());
            for (int v = 0; v < c.variants().size(); v++) {
                Estimate e = m.estimates().get(v);
                row.add(String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", e.held().probability(), e.held().low(),
                        e.held().high()));
                if (v > 0) {
                    row.add(String.format(Locale.ROOT, "%+.3f [%+.3f, %+.3f]", e.difference(), e.differenceLow(),
                            e.differenceHigh()));
                }
            }
            rows.add(row);
        }
        List<String> lead = List.of(String.format(Locale.ROOT,
                "P(held for %s days after D-day) of %d courses of action on the same %,d replications (seed %d, %d threads); "
                        + "differences are paired, from %s.", RequireCommand.number(c.holdDays()), c.variants().size(),
                c.runs(), c.seed(), threads, c.variants().get(0)));
        List<Report.Block> notes = new ArrayList<>();
        notes.add(new Report.Line("A difference whose interval excludes 0 is more than "
                + "Monte Carlo noise under the model's assumptions (docs/model.md); it is not a forecast."));
        List<String> alwaysLost = new ArrayList<>();
        for (Measure m : c.measures()) {
            if (m.estimates().stream().allMatch(e -> e.held().probability() == 0)) {
                alwaysLost.add(m.name());
            }
        }
        if (!alwaysLost.isEmpty()) {
            notes.add(new Report.Line("Lost in every run of every variant: " + String.join(", ", alwaysLost)
                    + ". Where that includes all objectives, its row cannot tell the variants apart: read the objectives' rows."));
        }
        return new Report("Course-of-action comparison", lead, List.of(
                new Report.Section("P(held) side by side", List.of(new Report.Table(header, rows))),
                new Report.Section("Notes", notes)));
    }
}
