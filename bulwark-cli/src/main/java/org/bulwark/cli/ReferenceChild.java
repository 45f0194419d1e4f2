package org.bulwark.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.bulwark.deploy.PlannerOptions;
import org.bulwark.deploy.reference.TimeExpandedReference;
import org.bulwark.deploy.reference.TimeExpandedReference.ReferenceResult;
import org.bulwark.model.Scenario;
import org.bulwark.scenario.generate.GeneratorSpec;
import org.bulwark.scenario.generate.ScenarioGenerator;

/**
 * The child process of {@link ReferenceProcess}: generates the instance, solves
 * {@link TimeExpandedReference} and prints one line starting with {@link #PREFIX}, its key=value
 * pairs timed from the start of the solve (instance compiled, network built, MinCostFlow solved).
 * Arguments: units nodes days seed time-step-hours horizon-factor. Not a user command.
 */
final class ReferenceChild {
    static final String PREFIX = "reference ";

    private ReferenceChild() {
    }

    public static void main(String[] args) {
        if (args.length != 6) {
            throw new IllegalArgumentException("expected: units nodes days seed time-step-hours horizon-factor");
        }
        GeneratorSpec spec = GeneratorSpec.of(Integer.parseInt(args[0]), Integer.parseInt(args[1]),
                Integer.parseInt(args[2]), Long.parseLong(args[3]));
        PlannerOptions options = PlannerOptions.DEFAULT.withTimeStepHours(Double.parseDouble(args[4]));
        options = new PlannerOptions(options.timeStepHours(), Double.parseDouble(args[5]), options.improvementRounds(),
                options.threads(), options.bottleneckCandidates());
        Scenario scenario = new ScenarioGenerator().generate(spec);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        ReferenceResult r = TimeExpandedReference.solve(scenario, options);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        System.out.printf(Locale.ROOT, "%sstatus=%s objective=%s exhausted_tonnes=%d nodes=%d arcs=%d seconds=%.3f cpu_seconds=%.3f "
                        + "peak_rss_bytes=%d%n",
                PREFIX, r.status(), r.weightedLateHours().isPresent() ? Double.toString(r.weightedLateHours().getAsDouble()) : "na",
                r.exhaustedTonnes(), r.nodes(), r.arcs(), seconds, cpu, ReferenceProcess.peakRss(ProcessHandle.current().pid()));
        System.out.flush();
    }
}
