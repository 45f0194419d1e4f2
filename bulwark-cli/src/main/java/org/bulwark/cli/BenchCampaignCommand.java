package org.bulwark.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bulwark.campaign.CampaignCompilation;
import org.bulwark.campaign.CampaignProgress;
import org.bulwark.campaign.MonteCarloCampaign;
import org.bulwark.campaign.MonteCarloOptions;
import org.bulwark.model.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Times the campaign Monte Carlo on a scenario: one cold run, then warm runs, wall and process CPU time. */
@Command(name = "campaign", mixinStandardHelpOptions = true,
        description = {"Times the campaign Monte Carlo (no tornado runs) on a scenario, default the bundled "
                + "eastern-flank-2023 with the arrivals of its deployment plan: once cold, then warm.",
            "Ends with one line: replications=... seconds=... replications_per_s=... (seconds: median warm wall time)."})
final class BenchCampaignCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", defaultValue = "eastern-flank-2023", description = "Scenario. Default: ${DEFAULT-VALUE}.")
    String scenario;

    @Option(names = "--runs", defaultValue = "10000", description = "Replications per timing. Default: ${DEFAULT-VALUE}.")
    int runs;

    @Option(names = "--threads", description = "Worker threads. Default: the processors.")
    Integer threads;

    @Option(names = "--repeat", defaultValue = "5", description = "Warm timings after the cold one. Default: ${DEFAULT-VALUE}.")
    int repeat;

    @Override
    public Integer call() {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (runs < 1 || workers < 1 || repeat < 1) {
            throw new UserError("--runs, --threads and --repeat must be at least 1.");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Scenario> loaded = ScenarioLoading.load(scenario, err);
        if (loaded.isEmpty()) {
            return ExitCode.INVALID_INPUT;
        }
        Optional<CampaignCompilation.Ready> compiled = CampaignLoading.compile(loaded.get(), scenario, workers, err, false);
        if (compiled.isEmpty()) {
            return ExitCode.INVALID_INPUT;
        }
        CampaignCompilation.Ready ready = compiled.get();
        MonteCarloOptions options = MonteCarloOptions.DEFAULT.withRuns(runs).withThreads(workers).withSensitivityRuns(0);
        out.printf(Locale.ROOT, "scenario %s: %d axes, %d objectives, %d defending units; %s days at %s-hour steps, "
                        + "%d replications, %d threads%n", scenario, ready.model().axes().size(),
                ready.model().objectives().size(), ready.model().defenders().size(), ready.model().days(),
                ready.model().stepHours(), runs, workers);
        double[] wall = new double[repeat];
        double[] cpu = new double[repeat];
        for (int i = -1; i < repeat; i++) {
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            MonteCarloCampaign.assess(ready.model(), options, CampaignProgress.NONE);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
            out.printf(Locale.ROOT, "%s: %.3f s wall, %.3f s process CPU%n", i < 0 ? "cold" : "warm " + (i + 1),
                    seconds, cpuSeconds);
            if (i >= 0) {
                wall[i] = seconds;
                cpu[i] = cpuSeconds;
            }
        }
        double seconds = BenchCommand.median(wall);
        out.printf(Locale.ROOT, "replications=%d seconds=%.3f replications_per_s=%.0f cpu_seconds=%.3f threads=%d%n",
                runs, seconds, runs / seconds, BenchCommand.median(cpu), workers);
        return ExitCode.OK;
    }

    /** CPU time of the whole process (all threads, JIT and GC included), where the JVM reports it. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
