package org.bulwark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bulwark.cli.export.PlanFiles;
import org.bulwark.deploy.PlannerOptions;
import org.bulwark.deploy.ProgressListener;
import org.bulwark.model.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "deploy", mixinStandardHelpOptions = true,
        description = {"Plans the reinforcements of a scenario: routes, times and the capacities they use, "
                + "closure by region, late and unreachable units, the bottlenecks, and how far the plan can be from the best.",
            "Late or unreachable units are results, not errors: the exit code is 0.",
            "With --out, writes legs.csv, arrivals.csv, bottlenecks.csv, utilisation.csv, plan.json, flows.geojson and "
                    + "routes.geojson (docs/deployment.md describes every column)."})
final class DeployCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario folder or bundled scenario name.")
    String scenario;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to write the plan files to (new or empty).")
    Path out;

    @Option(names = "--force", description = "Write into a non-empty DIR, keeping replaced files as NAME.orig.")
    boolean force;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on stderr. Default: only when run from a terminal.")
    Boolean progress;

    @Mixin
    PlannerArguments planner;

    @Override
    public Integer call() {
        PlannerOptions options = planner.options();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Scenario> loaded = ScenarioLoading.load(scenario, err);
        if (loaded.isEmpty()) {
            return ExitCode.INVALID_INPUT;
        }
        OutputFolder folder = out == null ? null : OutputFolder.open(out, force);
        Deployment deployment = plan(loaded.get(), options, err, progress);
        Report report = new DeploymentReport(deployment).report("Deployment plan: " + loaded.get().info().name());
        return ResultsFolder.print(report, folder, out, () -> PlanFiles.of(deployment.scenario(), deployment.plan()), spec.commandLine().getOut());
    }

    /** Runs the planner with a progress bar when wanted, and clears the bar afterwards. */
    static Deployment plan(Scenario scenario, PlannerOptions options, PrintWriter err, Boolean progress) {
        ProgressListener listener = ProgressBar.on(err, progress);
        try {
            return Deployment.run(scenario, options, listener);
        } finally {
            ProgressBar.finish(listener);
        }
    }

    static double positiveSeconds(String option, double seconds) {
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new UserError(option + " must be a positive number of seconds, was " + seconds + ".");
        }
        return seconds;
    }
}
