package org.bulwark.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bulwark.targets.apportion.Apportionment;
import org.bulwark.targets.apportion.ApportionmentInput;
import org.bulwark.targets.apportion.BenchmarkInstances;
import org.bulwark.targets.apportion.TargetApportioner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Times the apportionment of issue 5's benchmark instance: the first (cold) solve and the median of the warm ones. */
@Command(name = "targets", mixinStandardHelpOptions = true,
        description = {"Generates the targets benchmark instance (a 5,000-unit requirement over 32 allies x 20 unit types, "
                + "caps of 2 x holdings, minimums and host-nation support; fixed seed) and times its exact apportionment: "
                + "the first solve in this JVM (cold, includes loading OR-Tools) and the median of the next ones (warm).",
            "Ends with one line: instance=targets units=... allies=... types=... seconds=... cold_seconds=... ..."})
final class BenchTargetsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the generated instance. Default: the benchmark's.")
    Long seed;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "10",
            description = "Warm solves after the cold one. Default: ${DEFAULT-VALUE}.")
    int repeat;

    @Override
    public Integer call() throws InterruptedException {
        if (repeat < 1) {
            throw new UserError("--repeat must be at least 1, was " + repeat + ".");
        }
        PrintWriter out = spec.commandLine().getOut();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long s = seed == null ? BenchmarkInstances.SEED : seed;
        ApportionmentInput input = BenchmarkInstances.standard(s);
        double[] wall = new double[repeat];
        double[] cpu = new double[repeat];
        double cold;
        double coldCpu;
        Apportionment result;
        long peak;
        try (BenchCommand.HeapSampler heap = BenchCommand.HeapSampler.start()) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            result = TargetApportioner.apportion(input);
            cold = (System.nanoTime() - t0) / 1e9;
            coldCpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            out.printf(Locale.ROOT, "cold: %.3f s wall, %.3f s thread CPU (includes loading OR-Tools)%n", cold, coldCpu);
            for (int i = 0; i < repeat; i++) {
                cpu0 = threads.getCurrentThreadCpuTime();
                t0 = System.nanoTime();
                Apportionment again = TargetApportioner.apportion(input);
                wall[i] = (System.nanoTime() - t0) / 1e9;
                cpu[i] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
                if (!again.equals(result)) {
                    throw new IllegalStateException("the same input gave different targets on run " + (i + 1));
                }
            }
            peak = heap.peakBytes();
        }
        int shortfall = result.shortfalls().stream().mapToInt(sh -> sh.missing()).sum();
        out.printf(Locale.ROOT, "instance=targets units=%d allies=%d types=%d seed=%d seconds=%.4f cold_seconds=%.3f "
                        + "cpu_seconds=%.4f best_seconds=%.4f objective=%.6f feasible=%s missing_units=%d conflicts=%d "
                        + "peak_heap_mb=%d repeat=%d java=%s%n",
                input.totalRequired(), input.participants().size(), input.types().size(), s, BenchCommand.median(wall), cold,
                BenchCommand.median(cpu), Arrays.stream(wall).min().orElseThrow(), result.objective(), result.feasible(), shortfall,
                result.conflicts().size(), peak / (1024 * 1024), repeat, System.getProperty("java.version"));
        return ExitCode.OK;
    }
}
