package org.bulwark.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.bulwark.cli.export.PlanJson;
import org.bulwark.deploy.Bound;
import org.bulwark.deploy.DeploymentPlan;
import org.bulwark.deploy.check.PlanChecker;
import org.bulwark.deploy.PlannerOptions;
import org.bulwark.deploy.planner.PriorityListDeploymentPlanner;
import org.bulwark.deploy.ProgressListener;
import org.bulwark.model.Scenario;
import org.bulwark.scenario.generate.GeneratorSpec;
import org.bulwark.scenario.generate.ScenarioGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Times the deployment planner on a generated instance and checks its answer: the plan against
 * the model's rules and the same plan for 1 and 2 threads. Ends with one {@code key=value} line
 * for docs/BENCHMARKS.md.
 */
@Command(name = "deploy", mixinStandardHelpOptions = true,
        description = {"Generates a preset instance (fixed seed) and times the deployment planner: the first plan "
                + "(no improvement, no bottleneck search) and the final plan (default options), cold and warm.",
            "Then the plan checker (violations must be 0) and whether 1 and 2 threads give a byte-identical plan.json.",
            "The last line is key=value: instance units nodes periods seconds objective bound gap_pct peak_heap_mb, then more."})
final class BenchDeployCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--size", defaultValue = "small", description = "small, medium or large. Default: ${DEFAULT-VALUE}.")
    String size;

    @Option(names = "--runs", defaultValue = "3", paramLabel = "N", description = "Timed warm runs of each plan (after the cold one and untimed warm-up calls filling 10 s, at least 2). Default: ${DEFAULT-VALUE}.")
    int runs;

    @Mixin
    PlannerArguments planner;

    @Override
    public Integer call() throws InterruptedException {
        if (runs < 1) {
            throw new UserError("--runs must be at least 1, was " + runs);
        }
        PlannerOptions options = planner.options();
        PrintWriter out = spec.commandLine().getOut();
        GeneratorSpec generatorSpec = GenerateCommand.spec(size, null, null, null, null);
        Scenario scenario = new ScenarioGenerator().generate(generatorSpec);
        PlannerOptions firstOptions = options.withImprovementRounds(0).withBottleneckCandidates(0);
        PriorityListDeploymentPlanner deploymentPlanner = new PriorityListDeploymentPlanner();
        out.printf(Locale.ROOT, "instance %s: %d units, %d reinforcements, %d nodes, %d links; time step %s h, threads %d%n",
                size, scenario.units().size(), scenario.reinforcements().size(), scenario.network().nodes().size(),
                scenario.network().links().size(), TextTable.formatNumber(options.timeStepHours()), options.threads());
        out.flush();
        System.gc();
        try (BenchCommand.HeapSampler heap = BenchCommand.HeapSampler.start()) {
            double firstWarmSeconds = timeFirstPlan(out, scenario, deploymentPlanner, firstOptions); // its plan is not kept
            Timed<DeploymentPlan> last = Timed.coldAndWarm(runs,
                    () -> deploymentPlanner.plan(scenario, options, ProgressListener.NONE));
            DeploymentPlan plan = last.value;
            out.printf(Locale.ROOT, "final plan: cold %.3f s, warm %.3f s (median of %d); weighted late h %s, closure h %s, "
                            + "%d periods, %d bottlenecks%n", last.coldSeconds, last.warmSeconds, runs,
                    number(plan.objective().weightedLateHours()), number(plan.objective().closureHour()), plan.periods(),
                    plan.bottlenecks().size());
            out.flush();

            Bound bound = plan.bound();
            List<String> violations = PlanChecker.violations(scenario, options, plan);
            out.printf(Locale.ROOT, "plan checker: %d violations%n", violations.size());
            violations.stream().limit(10).forEach(v -> out.println("  " + v));

            // one plan.json at a time, compared by digest: two large ones side by side would set the peak heap
            boolean identical = Arrays.equals(planJsonDigest(scenario, deploymentPlanner, options.withThreads(1), options, plan),
                    planJsonDigest(scenario, deploymentPlanner, options.withThreads(2), options, plan));
            out.printf(Locale.ROOT, "threads 1 and 2: plan.json %s%n", identical ? "byte-identical" : "DIFFERENT");

            out.printf(Locale.ROOT, "instance=%s units=%d nodes=%d periods=%d seconds=%.3f objective=%s bound=%s gap_pct=%.2f "
                            + "peak_heap_mb=%d first_plan_seconds=%.3f closure_hour=%s identical_threads=%s violations=%d "
                            + "reinforcements=%d cold_seconds=%.3f threads=%d time_step=%s max_elements=%d java=%s%n",
                    size, scenario.units().size(), scenario.network().nodes().size(), plan.periods(), last.warmSeconds,
                    number(plan.objective().weightedLateHours()), number(bound.weightedLateHours()),
                    100 * bound.gap(plan.objective()), heap.peakBytes() >> 20, firstWarmSeconds,
                    number(plan.objective().closureHour()), identical, violations.size(), scenario.reinforcements().size(),
                    last.coldSeconds, options.threads(), number(options.timeStepHours()), options.maxElements(),
                    System.getProperty("java.version"));
            if (!violations.isEmpty() || !identical) {
                spec.commandLine().getErr().println("bulwark: the planner broke "
                        + (violations.isEmpty() ? "thread independence" : violations.size() + " rules of the model")
                        + "; this is a fault in Bulwark, please report it with the command you ran.");
                return ExitCode.INTERNAL;
            }
        }
        return ExitCode.OK;
    }

    /** plan.json of a plan with {@code threads}, reusing {@code done} when its options are the same. */
    /** SHA-256 of plan.json of a plan with {@code threads}, reusing {@code done} when its options are the same. */
    private static byte[] planJsonDigest(Scenario scenario, PriorityListDeploymentPlanner planner, PlannerOptions threads,
                                         PlannerOptions doneOptions, DeploymentPlan done) {
        DeploymentPlan plan = threads.equals(doneOptions) ? done : planner.plan(scenario, threads, ProgressListener.NONE);
        try {
            return java.security.MessageDigest.getInstance("SHA-256")
                    .digest(PlanJson.write(scenario, plan).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every JDK", e);
        }
    }

    /** Times the first plan and prints it; returns the warm seconds. The plans are dropped on return. */
    private double timeFirstPlan(PrintWriter out, Scenario scenario, PriorityListDeploymentPlanner planner,
                                 PlannerOptions firstOptions) {
        Timed<DeploymentPlan> first = Timed.coldAndWarm(runs, () -> planner.plan(scenario, firstOptions, ProgressListener.NONE));
        out.printf(Locale.ROOT, "first plan: cold %.3f s, warm %.3f s (median of %d); weighted late h %s%n",
                first.coldSeconds, first.warmSeconds, runs, number(first.value.objective().weightedLateHours()));
        out.flush();
        return first.warmSeconds;
    }

    private static String number(double value) {
        return org.bulwark.cli.export.PlanFiles.decimal(value);
    }

    /** A value with how long it took: the first (cold) call and the median of the warm ones. */
    private record Timed<T>(T value, double coldSeconds, double warmSeconds) {
        /**
         * Warm-up before the warm runs: calls are repeated until this long after the cold one began,
         * and at least {@link #WARM_UP_CALLS} times. At the large preset 3 s (one call) left the JIT
         * short of its steady state: the warm first plan read well above JMH's figure after 15 s of
         * warm-up (docs/BENCHMARKS.md, session 5).
         */
        static final double WARM_UP_SECONDS = 10;
        static final int WARM_UP_CALLS = 2;

        static <T> Timed<T> once(Supplier<T> work) {
            long start = System.nanoTime();
            T value = work.get();
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Timed<>(value, seconds, seconds);
        }

        /**
         * The first call (cold), then more untimed calls, at least {@link #WARM_UP_CALLS}, until
         * {@link #WARM_UP_SECONDS} have passed since the start (so the JIT has compiled the hot
         * paths, of a quick instance too), then the median of {@code warmRuns} timed calls.
         */
        static <T> Timed<T> coldAndWarm(int warmRuns, Supplier<T> work) {
            long start = System.nanoTime();
            Timed<T> cold = once(work);
            for (int calls = 0; calls < WARM_UP_CALLS || (System.nanoTime() - start) / 1e9 < WARM_UP_SECONDS; calls++) {
                work.get();
            }
            double[] warm = new double[warmRuns];
            T last = cold.value;
            for (int i = 0; i < warmRuns; i++) {
                Timed<T> run = once(work);
                warm[i] = run.coldSeconds;
                last = run.value;
            }
            Arrays.sort(warm);
            return new Timed<>(last, cold.coldSeconds, warm[warmRuns / 2]);
        }
    }
}
