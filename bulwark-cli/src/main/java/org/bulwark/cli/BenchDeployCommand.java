package org.bulwark.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.bulwark.cli.export.PlanJson;
import org.bulwark.deploy.Bound;
import org.bulwark.deploy.DeploymentPlan;
import org.bulwark.deploy.OrTools;
import org.bulwark.deploy.PlanChecker;
import org.bulwark.deploy.PlannerOptions;
import org.bulwark.deploy.PriorityListDeploymentPlanner;
import org.bulwark.deploy.ProgressListener;
import org.bulwark.deploy.FrontierPoolBound;
import org.bulwark.deploy.NetworkLagrangianBound;
import org.bulwark.deploy.reference.LpRelaxationBound;
import org.bulwark.deploy.reference.LpRelaxationBound.BoundResult;
import org.bulwark.deploy.reference.TimeExpandedReference;
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
 * the model's rules, the LP bound, OR-Tools solving the time-expanded network directly
 * ({@link TimeExpandedReference}, a fluid relaxation, in a child process ended at its time limit)
 * and the same plan for 1 and 2 threads. Ends with one {@code key=value} line for docs/BENCHMARKS.md.
 */
@Command(name = "deploy", mixinStandardHelpOptions = true,
        description = {"Generates a preset instance (fixed seed) and times the deployment planner: the first plan "
                + "(no improvement, no bottleneck search) and the final plan (default options), cold and warm.",
            "Then the LP bound, the plan checker (violations must be 0), the OR-Tools reference (MinCostFlow on the "
                    + "time-expanded network: the fluid relaxation, a lower bound) in a child JVM ended at its time limit, "
                    + "and whether 1 and 2 threads give a byte-identical plan.json.",
            "The last line is key=value: instance units nodes periods seconds objective bound gap_pct peak_heap_mb "
                    + "ortools_seconds ratio, then more."})
final class BenchDeployCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--size", defaultValue = "small", description = "small, medium or large. Default: ${DEFAULT-VALUE}.")
    String size;

    @Option(names = "--runs", defaultValue = "3", paramLabel = "N", description = "Timed warm runs of each plan (after the cold one and untimed warm-up calls filling 10 s, at least 2). Default: ${DEFAULT-VALUE}.")
    int runs;

    @Option(names = "--no-reference", description = "Skip the OR-Tools time-expanded reference.")
    boolean noReference;

    @Option(names = "--reference-time-limit", defaultValue = "120", paramLabel = "SECONDS",
            description = "Time limit for the OR-Tools reference's child process (JVM start included); it is ended "
                    + "there. Default: ${DEFAULT-VALUE}.")
    double referenceTimeLimit;

    @Option(names = "--bound-time-limit", defaultValue = "120", paramLabel = "SECONDS",
            description = "Time limit for the LP relaxation bound, and again for the network Lagrangian bound. Default: ${DEFAULT-VALUE}.")
    double boundTimeLimit;

    @Mixin
    PlannerArguments planner;

    @Override
    public Integer call() throws InterruptedException {
        if (runs < 1) {
            throw new UserError("--runs must be at least 1, was " + runs);
        }
        if (!OrTools.available()) {
            throw new UserError("bench deploy compares with OR-Tools, whose native library is not shipped for "
                    + OrTools.platform() + " (only linux-x86-64, see docs/architecture.md D12)."
                    + System.lineSeparator() + "    Maybe run it on Linux x86-64, or add the ortools-"
                    + OrTools.platform() + " artifact to the parent pom.");
        }
        PlannerOptions options = planner.options();
        DeployCommand.positiveSeconds("--reference-time-limit", referenceTimeLimit);
        DeployCommand.positiveSeconds("--bound-time-limit", boundTimeLimit);
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
            Timed<DeploymentPlan> first = Timed.coldAndWarm(runs,
                    () -> deploymentPlanner.plan(scenario, firstOptions, ProgressListener.NONE));
            out.printf(Locale.ROOT, "first plan: cold %.3f s, warm %.3f s (median of %d); weighted late h %s%n",
                    first.coldSeconds, first.warmSeconds, runs, number(first.value.objective().weightedLateHours()));
            out.flush();
            Timed<DeploymentPlan> last = Timed.coldAndWarm(runs,
                    () -> deploymentPlanner.plan(scenario, options, ProgressListener.NONE));
            DeploymentPlan plan = last.value;
            out.printf(Locale.ROOT, "final plan: cold %.3f s, warm %.3f s (median of %d); weighted late h %s, closure h %s, "
                            + "%d periods, %d bottlenecks%n", last.coldSeconds, last.warmSeconds, runs,
                    number(plan.objective().weightedLateHours()), number(plan.objective().closureHour()), plan.periods(),
                    plan.bottlenecks().size());
            out.flush();

            Timed<BoundResult> lp = Timed.once(() -> LpRelaxationBound.compute(scenario, options, boundTimeLimit));
            Bound lpBound = lp.value.bound().map(plan.bound()::strongest).orElse(plan.bound());
            Timed<FrontierPoolBound.Result> frontier = Timed.once(() -> Deployment.frontierPools(scenario, options, plan));
            out.printf(Locale.ROOT, "frontier-pools bound: weighted late h %s in %.3f s (%s; %d pools, %,d arcs)%n",
                    number(frontier.value.weightedLateHours()), frontier.coldSeconds, frontier.value.status(),
                    frontier.value.pools(), frontier.value.arcs());
            out.flush();
            Timed<NetworkLagrangianBound.Result> network = Timed.once(() -> Deployment.networkLagrangian(scenario, options, plan,
                    boundTimeLimit));
            Bound bound = lpBound.strongest(frontier.value.bound()).strongest(network.value.bound());
            out.printf(Locale.ROOT, "lp bound: %s in %.3f s (%d variables, %d constraints)%s; bound %s by %s, gap %.2f %%%n",
                    lp.value.status(), lp.coldSeconds, lp.value.variables(), lp.value.constraints(),
                    lp.value.bound().map(b -> ", weighted late h " + number(b.weightedLateHours())).orElse(""),
                    number(bound.weightedLateHours()), bound.method(), 100 * bound.gap(plan.objective()));
            out.flush();

            out.printf(Locale.ROOT, "network lagrangian bound: weighted late h %s in %.3f s (%d iterations%s; L(0) %s)%n",
                    number(network.value.weightedLateHours()), network.coldSeconds, network.value.iterations(),
                    network.value.stoppedEarly() ? ", ended at the time limit" : "", number(network.value.atZero()));
            List<String> violations = PlanChecker.violations(scenario, options, plan);
            out.printf(Locale.ROOT, "plan checker: %d violations%n", violations.size());
            violations.stream().limit(10).forEach(v -> out.println("  " + v));

            String referenceStatus = "skipped";
            String ortoolsSeconds = "na";
            String ratio = "na";
            String referenceExtra = "";
            if (!noReference) {
                out.flush();
                ReferenceProcess.Outcome r = ReferenceProcess.run(generatorSpec, options, referenceTimeLimit);
                referenceStatus = r.status();
                double planLate = plan.objective().weightedLateHours();
                // a time limit hit gives the limit as the time: then time and ratio are lower bounds
                OptionalDouble seconds = r.limitHit() ? OptionalDouble.of(referenceTimeLimit) : r.solveSeconds();
                ortoolsSeconds = seconds.isPresent() ? String.format(Locale.ROOT, "%.3f", seconds.getAsDouble()) : "na";
                ratio = seconds.isPresent() ? String.format(Locale.ROOT, "%.1f", seconds.getAsDouble() / last.warmSeconds) : "na";
                boolean sized = !r.limitHit() && !r.status().equals("FAILED"); // else the child never said
                String objective = r.weightedLateHours().isPresent() ? number(r.weightedLateHours().getAsDouble()) : "na";
                String gap = r.weightedLateHours().isPresent()
                        ? String.format(Locale.ROOT, "%.2f", planLate > 0 ? 100 * (planLate - r.weightedLateHours().getAsDouble()) / planLate : 0)
                        : "na";
                referenceExtra = String.format(Locale.ROOT, " ortools_kind=%s ortools_limit_hit=%s ortools_objective=%s "
                                + "ortools_gap_pct=%s ortools_exhausted_tonnes=%s ortools_nodes=%s ortools_arcs=%s "
                                + "ortools_cpu_seconds=%s ortools_process_seconds=%.3f ortools_peak_rss_mb=%s",
                        TimeExpandedReference.KIND, r.limitHit(), objective, gap,
                        r.weightedLateHours().isPresent() ? Long.toString(r.exhaustedTonnes()) : "na",
                        sized ? Long.toString(r.nodes()) : "na", sized ? Long.toString(r.arcs()) : "na",
                        r.cpuSeconds().isPresent() ? String.format(Locale.ROOT, "%.3f", r.cpuSeconds().getAsDouble()) : "na",
                        r.wallSeconds(), ReferenceProcess.megabytes(r.peakRssBytes()));
                out.printf(Locale.ROOT, "reference (OR-Tools MinCostFlow on the time-expanded network, %s h periods; "
                                + "the fluid relaxation: tonnes split, a lower bound, not a plan): %s",
                        TextTable.formatNumber(options.timeStepHours()), r.status());
                if (r.limitHit()) {
                    out.printf(Locale.ROOT, ", ended at the %s s limit (child process, JVM start included)",
                            TextTable.formatNumber(referenceTimeLimit));
                } else if (r.solveSeconds().isPresent()) {
                    out.printf(Locale.ROOT, " in %.3f s (CPU %s s; %,d nodes, %,d arcs; child process %.3f s with JVM start)",
                            r.solveSeconds().getAsDouble(), r.cpuSeconds().isPresent()
                                    ? String.format(Locale.ROOT, "%.3f", r.cpuSeconds().getAsDouble()) : "na",
                            r.nodes(), r.arcs(), r.wallSeconds());
                }
                out.printf(Locale.ROOT, ", peak RSS %s MB%n", ReferenceProcess.megabytes(r.peakRssBytes()));
                if (r.weightedLateHours().isPresent()) {
                    out.printf(Locale.ROOT, "  fluid weighted late h %s (%d t to the horizon end) vs the plan's %s: the plan "
                                    + "is within %s %% of it; time ratio %s (OR-Tools ÷ final plan)%n", objective,
                            r.exhaustedTonnes(), number(planLate), gap, ratio);
                } else if (!r.detail().isEmpty()) {
                    out.println("  " + r.detail());
                }
            }

            boolean identical = Arrays.equals(planJson(scenario, deploymentPlanner, options.withThreads(1), options, plan),
                    planJson(scenario, deploymentPlanner, options.withThreads(2), options, plan));
            out.printf(Locale.ROOT, "threads 1 and 2: plan.json %s%n", identical ? "byte-identical" : "DIFFERENT");

            out.printf(Locale.ROOT, "instance=%s units=%d nodes=%d periods=%d seconds=%.3f objective=%s bound=%s gap_pct=%.2f "
                            + "peak_heap_mb=%d ortools_seconds=%s ratio=%s first_plan_seconds=%.3f closure_hour=%s "
                            + "bound_seconds=%.3f ortools_status=%s identical_threads=%s bound_status=%s violations=%d "
                            + "reinforcements=%d cold_seconds=%.3f frontier_bound=%s frontier_bound_seconds=%.3f "
                            + "network_bound=%s network_bound_seconds=%.3f "
                            + "network_bound_iterations=%d%s threads=%d time_step=%s java=%s%n",
                    size, scenario.units().size(), scenario.network().nodes().size(), plan.periods(), last.warmSeconds,
                    number(plan.objective().weightedLateHours()), number(bound.weightedLateHours()),
                    100 * bound.gap(plan.objective()), heap.peakBytes() >> 20, ortoolsSeconds, ratio, first.warmSeconds,
                    number(plan.objective().closureHour()), lp.coldSeconds, referenceStatus, identical, lp.value.status(),
                    violations.size(), scenario.reinforcements().size(), last.coldSeconds,
                    number(frontier.value.weightedLateHours()), frontier.coldSeconds,
                    number(network.value.weightedLateHours()), network.coldSeconds, network.value.iterations(), referenceExtra,
                    options.threads(), number(options.timeStepHours()), System.getProperty("java.version"));
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
    private static byte[] planJson(Scenario scenario, PriorityListDeploymentPlanner planner, PlannerOptions threads,
                                   PlannerOptions doneOptions, DeploymentPlan done) {
        DeploymentPlan plan = threads.equals(doneOptions) ? done : planner.plan(scenario, threads, ProgressListener.NONE);
        return PlanJson.write(scenario, plan).getBytes(java.nio.charset.StandardCharsets.UTF_8);
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
