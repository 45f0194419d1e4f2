package org.bulwark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.bulwark.model.Scenario;
import org.bulwark.scenario.ScenarioRead;
import org.bulwark.scenario.ScenarioReader;
import org.bulwark.scenario.generate.GeneratorSpec;
import org.bulwark.scenario.generate.ScenarioGenerator;
import org.bulwark.scenario.write.ScenarioWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Headline timings on generated instances; JMH benchmarks in bulwark-bench give the careful figures. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Times Bulwark's engines on generated instances and prints one summary line per run.",
        subcommands = {BenchCommand.Validate.class, BenchDeployCommand.class, BenchCampaignCommand.class,
            BenchRequireCommand.class, BenchTargetsCommand.class, BenchPlantedCommand.class})
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {"Generates an instance, writes it to a temporary folder, and times reading + validating it:",
                "once cold (first read in this JVM) and then warm. Peak heap is sampled during the reads."})
    static final class Validate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--size", defaultValue = "large", description = "small, medium or large. Default: ${DEFAULT-VALUE}.")
        String size;

        @Option(names = "--runs", defaultValue = "10", description = "Warm runs after the cold one. Default: ${DEFAULT-VALUE}.")
        int runs;

        @Override
        public Integer call() throws IOException, InterruptedException {
            if (runs < 1) {
                throw new UserError("--runs must be at least 1, was " + runs);
            }
            PrintWriter out = spec.commandLine().getOut();
            GeneratorSpec generatorSpec = GenerateCommand.spec(size, null, null, null, null);
            Scenario generated = new ScenarioGenerator().generate(generatorSpec);
            Path folder = Files.createTempDirectory("bulwark-bench-");
            long bytes = 0;
            try {
                for (Map.Entry<String, String> file : new ScenarioWriter().files(generated).entrySet()) {
                    byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
                    Files.write(folder.resolve(file.getKey()), content);
                    bytes += content.length;
                }
                System.gc();
                try (HeapSampler heap = HeapSampler.start()) {
                    double cold = timeRead(folder);
                    double[] warm = new double[runs];
                    for (int i = 0; i < runs; i++) {
                        warm[i] = timeRead(folder);
                        out.printf(Locale.ROOT, "run %d: %.3f s%n", i + 1, warm[i]);
                    }
                    Arrays.sort(warm);
                    out.printf(Locale.ROOT,
                            "instance=%s units=%d nodes=%d links=%d files_mb=%.2f cold_seconds=%.3f warm_seconds=%.3f "
                                    + "warm_best_seconds=%.3f peak_heap_mb=%d max_heap_mb=%d java=%s%n",
                            size, generated.units().size(), generated.network().nodes().size(),
                            generated.network().links().size(), bytes / 1e6, cold, warm[warm.length / 2], warm[0],
                            heap.peakBytes() >> 20, Runtime.getRuntime().maxMemory() >> 20,
                            System.getProperty("java.version"));
                }
            } finally {
                try (Stream<Path> files = Files.walk(folder)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
            return ExitCode.OK;
        }

        private static double timeRead(Path folder) {
            long start = System.nanoTime();
            ScenarioRead read = ScenarioReader.read(folder);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (!(read instanceof ScenarioRead.Valid)) {
                throw new IllegalStateException("generated scenario did not validate: " + read.problems().get(0).format());
            }
            return seconds;
        }
    }

    /** The median of {@code values} (the mean of the middle two for an even count). */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Samples used heap every few milliseconds on a daemon thread and keeps the maximum. */
    static final class HeapSampler implements AutoCloseable {
        private final AtomicLong peak = new AtomicLong();
        private final Thread thread;
        private volatile boolean running = true;

        private HeapSampler() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            thread = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
        }

        static HeapSampler start() {
            HeapSampler sampler = new HeapSampler();
            sampler.thread.start();
            return sampler;
        }

        long peakBytes() {
            return peak.get();
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join();
        }
    }
}
