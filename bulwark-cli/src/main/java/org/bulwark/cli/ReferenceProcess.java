package org.bulwark.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.bulwark.deploy.PlannerOptions;
import org.bulwark.deploy.reference.TimeExpandedReference;
import org.bulwark.scenario.generate.GeneratorSpec;

/**
 * Runs {@link TimeExpandedReference} in a child JVM (same java, same class path) and ends it at a
 * time limit: OR-Tools' MinCostFlow cannot be interrupted in-process. The limit counts the child's
 * whole life (JVM start and instance generation included); the solve time is what the child
 * reports. While it runs, the child's peak resident memory is read from {@code /proc} (Linux).
 */
final class ReferenceProcess {
    /**
     * What the child did.
     *
     * @param status            the reference's status, {@code TIME_LIMIT} when it was ended at the limit, or
     *                          {@code FAILED} when it exited without an answer
     * @param weightedLateHours the fluid optimum, weighted late hours
     * @param solveSeconds      wall time of the solve inside the child (absent when it did not finish)
     * @param cpuSeconds        CPU time of the solving thread inside the child
     * @param wallSeconds       the child's life as seen from here, JVM start included
     * @param peakRssBytes      the child's peak resident set (VmHWM), when readable
     * @param detail            the child's output when it failed, else empty
     */
    record Outcome(String status, boolean limitHit, OptionalDouble weightedLateHours, long exhaustedTonnes, long nodes,
                   long arcs, OptionalDouble solveSeconds, OptionalDouble cpuSeconds, double wallSeconds,
                   OptionalLong peakRssBytes, String detail) {
        Outcome {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(detail, "detail");
        }
    }

    private static final long SAMPLE_MILLIS = 50;

    private ReferenceProcess() {
    }

    /** Solves the reference for the generated instance {@code spec} in a child JVM, ended after {@code limitSeconds}. */
    static Outcome run(GeneratorSpec spec, PlannerOptions options, double limitSeconds) {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                ReferenceChild.class.getName(), Integer.toString(spec.units()), Integer.toString(spec.nodes()),
                Integer.toString(spec.days()), Long.toString(spec.seed()), Double.toString(options.timeStepHours()),
                Double.toString(options.horizonFactor())));
        long start = System.nanoTime();
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the reference process " + command.get(0), e);
        }
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> readLines(process, lines), "reference-output");
        reader.setDaemon(true);
        reader.start();
        long deadline = start + (long) (limitSeconds * 1e9);
        long peak = -1;
        boolean limitHit = false;
        try {
            while (!process.waitFor(SAMPLE_MILLIS, TimeUnit.MILLISECONDS)) {
                peak = Math.max(peak, peakRss(process.pid()));
                if (System.nanoTime() >= deadline) {
                    limitHit = true;
                    process.destroyForcibly();
                    process.waitFor();
                    break;
                }
            }
            reader.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the reference process", e);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        OptionalLong rss = peak > 0 ? OptionalLong.of(peak) : OptionalLong.empty();
        if (limitHit) {
            return new Outcome("TIME_LIMIT", true, OptionalDouble.empty(), 0, 0, 0, OptionalDouble.empty(),
                    OptionalDouble.empty(), wall, rss, "");
        }
        List<String> output;
        synchronized (lines) {
            output = List.copyOf(lines);
        }
        Map<String, String> values = output.stream().filter(l -> l.startsWith(ReferenceChild.PREFIX)).reduce((a, b) -> b)
                .map(ReferenceProcess::keyValues).orElse(Map.of());
        if (process.exitValue() != 0 || !values.containsKey("status")) {
            return new Outcome("FAILED", false, OptionalDouble.empty(), 0, 0, 0, OptionalDouble.empty(),
                    OptionalDouble.empty(), wall, rss, "exit " + process.exitValue() + ": "
                    + String.join(System.lineSeparator(), output.subList(Math.max(0, output.size() - 20), output.size())));
        }
        long reported = Long.parseLong(values.getOrDefault("peak_rss_bytes", "-1"));
        rss = Math.max(peak, reported) > 0 ? OptionalLong.of(Math.max(peak, reported)) : OptionalLong.empty();
        return new Outcome(values.get("status"), false, optional(values.get("objective")),
                Long.parseLong(values.get("exhausted_tonnes")), Long.parseLong(values.get("nodes")),
                Long.parseLong(values.get("arcs")), optional(values.get("seconds")), optional(values.get("cpu_seconds")),
                wall, rss, "");
    }

    private static void readLines(Process process, List<String> lines) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                synchronized (lines) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            // the process was ended: what was read so far is all there is
        }
    }

    private static Map<String, String> keyValues(String line) {
        Map<String, String> values = new HashMap<>();
        for (String pair : line.substring(ReferenceChild.PREFIX.length()).trim().split(" ")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return values;
    }

    private static OptionalDouble optional(String value) {
        return value == null || value.equals("na") ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(value));
    }

    /** The java running this JVM (the child runs on the same one). */
    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** VmHWM of a process in bytes, or -1 where /proc is not readable. */
    static long peakRss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"), StandardCharsets.UTF_8)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** The outcome's memory in MB for reports, or {@code na}. */
    static String megabytes(OptionalLong bytes) {
        return bytes.isPresent() ? String.format(Locale.ROOT, "%d", bytes.getAsLong() >> 20) : "na";
    }
}
