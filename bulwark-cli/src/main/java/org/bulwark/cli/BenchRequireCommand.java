package org.bulwark.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bulwark.campaign.CampaignCompilation;
import org.bulwark.campaign.CampaignProgress;
import org.bulwark.campaign.Place;
import org.bulwark.campaign.Requirement;
import org.bulwark.campaign.RequirementOptions;
import org.bulwark.campaign.RequirementSearch;
import org.bulwark.campaign.UnitOption;
import org.bulwark.model.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Times the requirement search on a scenario with the defaults of {@code bulwark require}: wall and process CPU time. */
@Command(name = "require", mixinStandardHelpOptions = true,
        description = {"Times the requirement search (bulwark require's defaults: 400 search and 4,000 verification runs) "
                + "on a scenario, default the bundled eastern-flank-2023, 10 days at 80 %%.",
            "Ends with one line like bench campaign: replications=... seconds=... replications_per_s=... (seconds: the "
                    + "median wall time of the timed searches)."})
final class BenchRequireCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", defaultValue = "eastern-flank-2023", description = "Scenario. Default: ${DEFAULT-VALUE}.")
    String scenario;

    @Option(names = "--hold-days", defaultValue = "10", description = "Days to hold. Default: ${DEFAULT-VALUE}.")
    double holdDays;

    @Option(names = "--confidence", defaultValue = "0.8", description = "Target probability. Default: ${DEFAULT-VALUE}.")
    double confidence;

    @Option(names = "--threads", description = "Worker threads. Default: the processors.")
    Integer threads;

    @Option(names = "--repeat", defaultValue = "3", description = "Timed searches (the first includes JIT warm-up). Default: ${DEFAULT-VALUE}.")
    int repeat;

    @Override
    public Integer call() {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1 || repeat < 1) {
            throw new UserError("--threads and --repeat must be at least 1.");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Scenario> loaded = ScenarioLoading.load(scenario, err);
        if (loaded.isEmpty()) {
            return ExitCode.INVALID_INPUT;
        }
        Optional<CampaignCompilation.Ready> ready = CampaignLoading.compile(loaded.get(), scenario, workers, err, false);
        if (ready.isEmpty()) {
            return ExitCode.INVALID_INPUT;
        }
        RequirementOptions options = RequirementOptions.of(holdDays, confidence, UnitOption.of(loaded.get(), Map.of()),
                Place.objectives(loaded.get())).withThreads(workers);
        double[] wall = new double[repeat];
        double[] cpu = new double[repeat];
        Requirement last = null;
        for (int i = 0; i < repeat; i++) {
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            last = RequirementSearch.search(ready.get().model(), options, CampaignProgress.NONE);
            wall[i] = (System.nanoTime() - t0) / 1e9;
            cpu[i] = (processCpuNanos() - cpu0) / 1e9;
            out.printf(Locale.ROOT, "run %d: %.3f s wall, %.3f s process CPU, %d replications, cost %.0f, P %.3f -> %.3f%n",
                    i + 1, wall[i], cpu[i], last.replications(), last.totalCost(), last.before().probability(),
                    last.after().probability());
        }
        out.printf(Locale.ROOT, "replications=%d seconds=%.3f replications_per_s=%.0f cpu_seconds=%.3f reached=%s "
                        + "threads=%d%n", last.replications(), BenchCommand.median(wall), last.replications() / BenchCommand.median(wall),
                BenchCommand.median(cpu), last.reached(), workers);
        return ExitCode.OK;
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
