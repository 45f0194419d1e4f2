package org.bulwark.cli;

import java.nio.charset.StandardCharsets;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.bulwark.campaign.CampaignAssessment;
import org.bulwark.campaign.CampaignCompilation;
import org.bulwark.campaign.CampaignProblem;
import org.bulwark.campaign.MonteCarloOptions;
import org.bulwark.cli.export.AssessmentFiles;
import org.bulwark.cli.export.PlanFiles;
import org.bulwark.cli.export.TargetsFiles;
import org.bulwark.deploy.PlannerOptions;
import org.bulwark.model.Scenario;
import org.bulwark.targets.apportion.CostedTargets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The main job: validate, plan the deployment (default options), assess the campaign with the plan's arrivals (Monte Carlo, default runs and seed), set
 * the capability targets of the declared requirement with their cost, and write one results
 * folder with a {@code summary.md} for people.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"The main job: checks the scenario, plans the deployment with the default options, assesses the campaign with the plan's arrivals "
                + "(--runs replications, --seed), sets the capability targets of the scenario's declared requirement with their "
                + "cost, prints a summary and writes one results folder: summary.md plus the deploy files "
                + "(docs/deployment.md), the assessment files (docs/model.md) and the target files (docs/targets.md).",
            "Without --out the folder is results/SCENARIO-ID under the current folder (results/SCENARIO-ID-2, -3 … when earlier runs filled it); a non-empty --out folder is "
                    + "refused unless --force is given (replaced files are kept as NAME.orig)."})
final class PlanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario folder or bundled scenario name.")
    String scenario;

    @Option(names = "--out", paramLabel = "DIR", description = "Results folder (new or empty). Default: results/SCENARIO-ID.")
    Path out;

    @Option(names = "--force", description = "Write into a non-empty DIR, keeping replaced files as NAME.orig.")
    boolean force;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "10000",
            description = "Campaign replications. Default: ${DEFAULT-VALUE}.")
    int runs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the campaign's random streams. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on stderr. Default: only when run from a terminal.")
    Boolean progress;

    @Override
    public Integer call() {
        if (runs < 1) {
            throw new UserError("--runs must be at least 1, was " + runs + ".");
        }
        PrintWriter err = spec.commandLine().getErr();
        Optional<Scenario> loaded = ScenarioLoading.load(scenario, err);
        if (loaded.isEmpty()) {
            return ExitCode.INVALID_INPUT;
        }
        Scenario s = loaded.get();
        Path folderPath = out != null ? out : freshResultsFolder(Path.of("results"), s.info().id());
        OutputFolder folder = OutputFolder.open(folderPath, force);

        // the plan does not depend on the thread count, so use the machine, as deploy does
        Deployment deployment = DeployCommand.plan(s, PlannerOptions.DEFAULT.withThreads(Runtime.getRuntime().availableProcessors()),
                err, progress);
        Map<String, byte[]> files = new LinkedHashMap<>(PlanFiles.of(s, deployment.plan()));
        Report report = new DeploymentReport(deployment).report("Bulwark plan: " + s.info().name());
        report = withAssessment(report, s, deployment, err);
        if (assessment != null) {
            files.putAll(AssessmentFiles.of(assessment));
        }
        report = withTargets(report, s, files);
        ArrayList<String> names = new ArrayList<>();
        names.add(ResultsFolder.SUMMARY);
        names.add(OutputFolder.MANIFEST);
        names.addAll(files.keySet());
        // summary.md names no path (identical runs give identical files); the screen says where
        Report summary = report.with(ResultsFolder.filesSection(null, names));
        folder.writeAll(files, ResultsFolder.SUMMARY, summary.markdown().getBytes(StandardCharsets.UTF_8));

        PrintWriter printer = spec.commandLine().getOut();
        report.with(ResultsFolder.filesSection(folderPath, names)).printText(printer);
        folder.keptCopies().forEach(kept -> printer.println("kept your earlier file as " + kept));
        return ExitCode.OK;
    }

    private CampaignAssessment assessment;

    /**
     * Adds the campaign assessment's sections (titled "Campaign: …") to the plan's report; when the
     * campaign cannot be set up, a section says why instead and the plan's results still stand.
     */
    private Report withAssessment(Report report, Scenario s, Deployment deployment, PrintWriter err) {
        CampaignCompilation compiled = CampaignLoading.setup(s, deployment);
        if (compiled instanceof CampaignCompilation.Invalid invalid) {
            List<Report.Block> lines = new ArrayList<>();
            lines.add(new Report.Line("The campaign was not assessed; `bulwark assess` gives the same problems:"));
            for (CampaignProblem problem : invalid.problems()) {
                lines.add(new Report.Line(problem.subject() + ": " + problem.message()));
            }
            return report.with(new Report.Section("Campaign assessment", lines));
        }
        CampaignCompilation.Ready ready = (CampaignCompilation.Ready) compiled;
        int threads = Runtime.getRuntime().availableProcessors();
        MonteCarloOptions options = MonteCarloOptions.DEFAULT.withRuns(runs).withSeed(seed).withThreads(threads);
        assessment = AssessCommand.assess(ready, options, err, progress);
        Report campaign = AssessCommand.report(s, assessment, ready.notes(), threads)
                .withSectionAfter("Objectives", AssessCommand.stands(ready.model()));
        List<Report.Block> lead = new ArrayList<>();
        campaign.lead().forEach(line -> lead.add(new Report.Line(line)));
        Report combined = report.with(new Report.Section("Campaign assessment (arrivals from this plan)", lead));
        for (Report.Section section : campaign.sections()) {
            combined = combined.with(new Report.Section("Campaign: " + section.title(), section.blocks()));
        }
        return combined;
    }

    /**
     * Adds the capability targets of the scenario's declared requirement and their cost (sections
     * titled "Targets: …", files of {@code bulwark targets}); when the scenario declares no
     * requirement or its setup is invalid, a section says so and how to get there.
     */
    private static Report withTargets(Report report, Scenario s, Map<String, byte[]> files) {
        String title = "Capability targets and their cost";
        if (s.targets().requirement().isEmpty()) {
            return report.with(new Report.Section(title, List.of(new Report.Line("The scenario declares no capability "
                    + "requirement (targets.yaml, docs/format.md), so no targets were set. `bulwark require` finds the "
                    + "forces missing for a goal, and `bulwark targets " + s.info().id()
                    + " --requirement FILE` shares a requirement out among the allies."))));
        }
        List<String> problems = new ArrayList<>();
        Optional<CostedTargets> targets = TargetsCommand.compute(s, null, null, null, problems);
        if (targets.isEmpty()) {
            List<Report.Block> lines = new ArrayList<>();
            lines.add(new Report.Line("No targets were set; `bulwark targets` gives the same problems:"));
            problems.forEach(p -> lines.add(new Report.Line(p)));
            return report.with(new Report.Section(title, lines));
        }
        files.putAll(TargetsFiles.of(targets.get()));
        Report part = TargetsCommand.report(title, targets.get());
        List<Report.Block> lead = new ArrayList<>();
        part.lead().forEach(line -> lead.add(new Report.Line(line)));
        Report combined = report.with(new Report.Section(title, lead));
        for (Report.Section section : part.sections()) {
            combined = combined.with(new Report.Section("Targets: " + section.title(), section.blocks()));
        }
        return combined;
    }

    /**
     * {@code results/ID}, or {@code results/ID-2}, {@code -3} … when earlier runs filled it: the
     * main job can be run again and again without --out, and never touches an earlier result.
     */
    static Path freshResultsFolder(Path results, String scenarioId) {
        Path candidate = results.resolve(scenarioId);
        for (int n = 2; isNonEmpty(candidate); n++) {
            candidate = results.resolve(scenarioId + "-" + n);
        }
        return candidate;
    }

    private static boolean isNonEmpty(Path dir) {
        if (!java.nio.file.Files.exists(dir)) {
            return false;
        }
        if (!java.nio.file.Files.isDirectory(dir)) {
            return true;
        }
        try (java.util.stream.Stream<Path> entries = java.nio.file.Files.list(dir)) {
            return entries.findAny().isPresent();
        } catch (java.io.IOException e) {
            return true;
        }
    }
}
