package org.bulwark.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.bulwark.deploy.DeploymentPlan;
import org.bulwark.deploy.Movement;
import org.bulwark.deploy.check.PlanChecker;
import org.bulwark.deploy.PlannerOptions;
import org.bulwark.deploy.planner.PriorityListDeploymentPlanner;
import org.bulwark.deploy.ProgressListener;
import org.bulwark.deploy.planner.RouteReplay;
import org.bulwark.model.UnitId;
import org.bulwark.scenario.generate.PlantedFamily;
import org.bulwark.scenario.generate.PlantedInstance;
import org.bulwark.scenario.generate.PlantedInstanceGenerator;
import org.bulwark.scenario.generate.PlantedRoute;
import org.bulwark.scenario.generate.PlantedSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Plan quality where the optimum is known (issue 13, item 5): generated instances with a planted
 * plan in which every unit is on time, so the least weighted lateness is 0. Ends with one
 * {@code key=value} line for docs/BENCHMARKS.md.
 */
@Command(name = "planted", mixinStandardHelpOptions = true,
        description = {"Generates instances with a planted on-time plan (optimum weighted lateness 0: saturated crossings, "
                + "decoy fast roads, parallel links, gauge breaks, ports), checks the planted plan under the planner's rules, "
                + "and plans each with the given options.",
            "Prints per instance the weighted late hours left and whether 0 was reached, with the late units (trap, hours "
                + "late, what they waited for); then the share reached.",
            "The last line is key=value: size instances reinforcements reached share_pct late_hours_left median_seconds, then more."})
final class BenchPlantedCommand implements Callable<Integer> {
    /** Late units listed per instance at most. */
    private static final int LATE_LISTED = 6;

    @Spec
    CommandSpec spec;

    @Option(names = "--size", defaultValue = "medium", description = "small (30 reinforcements) or medium (300). Default: ${DEFAULT-VALUE}.")
    String size;

    @Option(names = "--instances", defaultValue = "20", paramLabel = "N", description = "Instances, seeds FIRST to FIRST + N − 1. Default: ${DEFAULT-VALUE}.")
    int instances;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "FIRST", description = "Seed of the first instance. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Mixin
    PlannerArguments planner;

    @Override
    public Integer call() {
        if (instances < 1) {
            throw new UserError("--instances must be at least 1, was " + instances);
        }
        PlantedSpec first;
        try {
            first = PlantedSpec.size(size, seed);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        PlannerOptions options = planner.options();
        PlannerOptions firstOnly = options.withImprovementRounds(0).withBottleneckCandidates(0);
        PrintWriter out = spec.commandLine().getOut();
        PlantedInstanceGenerator generator = new PlantedInstanceGenerator();
        PriorityListDeploymentPlanner deploymentPlanner = new PriorityListDeploymentPlanner();
        out.printf(Locale.ROOT, "planted instances: %s, %d reinforcements each, seeds %d to %d; time step %s h, rounds %d, threads %d%n",
                size, first.reinforcements(), seed, seed + instances - 1, number(options.timeStepHours()),
                options.improvementRounds(), options.threads());
        out.flush();
        int reached = 0;
        int firstReached = 0;
        int plantedBroken = 0;
        int violations = 0;
        boolean identical = true;
        double lateLeft = 0;
        int lateUnits = 0;
        Map<PlantedFamily, Integer> lateByFamily = new HashMap<>();
        double[] seconds = new double[instances];
        for (int i = 0; i < instances; i++) {
            PlantedInstance instance = generator.generate(PlantedSpec.size(size, seed + i));
            List<RouteReplay.Route> routes = new ArrayList<>();
            Map<UnitId, PlantedRoute> byUnit = new HashMap<>();
            for (PlantedRoute r : instance.plan()) {
                routes.add(new RouteReplay.Route(r.unit(), r.links()));
                byUnit.put(r.unit(), r);
            }
            RouteReplay.Result planted = RouteReplay.replay(instance.scenario(), options, routes);
            boolean plantedOk = planted.plan().isPresent()
                    && planted.plan().get().objective().weightedLateHours() == 0
                    && PlanChecker.violations(instance.scenario(), options, planted.plan().get()).isEmpty();
            if (!plantedOk) {
                plantedBroken++;
            }
            long start = System.nanoTime();
            DeploymentPlan plan = deploymentPlanner.plan(instance.scenario(), options, ProgressListener.NONE);
            seconds[i] = (System.nanoTime() - start) / 1e9;
            violations += PlanChecker.violations(instance.scenario(), options, plan).size();
            PlannerOptions other = options.withThreads(options.threads() == 1 ? 2 : 1);
            identical &= deploymentPlanner.plan(instance.scenario(), other, ProgressListener.NONE).equals(plan);
            if (deploymentPlanner.plan(instance.scenario(), firstOnly, ProgressListener.NONE).objective().weightedLateHours() == 0) {
                firstReached++;
            }
            double late = plan.objective().weightedLateHours();
            lateLeft += late;
            if (late == 0) {
                reached++;
            }
            List<Movement> lates = plan.movements().stream().filter(m -> m.lateHours() > 0).toList();
            lateUnits += lates.size();
            out.printf(Locale.ROOT, "seed %d: %s; weighted late h %s, %d late unit%s; %.3f s%s%n", seed + i,
                    late == 0 ? "optimum reached" : "optimum missed", number(late), lates.size(), lates.size() == 1 ? "" : "s",
                    seconds[i], plantedOk ? "" : "; PLANTED PLAN NOT ON TIME");
            for (int j = 0; j < lates.size(); j++) {
                Movement m = lates.get(j);
                PlantedFamily family = byUnit.get(m.unit()).family();
                lateByFamily.merge(family, 1, Integer::sum);
                if (j < LATE_LISTED) {
                    out.printf(Locale.ROOT, "  %s (%s, priority %d): %s%n", m.unit(), family.label(), m.priority(), m.detail());
                }
            }
            out.flush();
        }
        double median = BenchCommand.median(seconds);
        out.printf(Locale.ROOT, "reached 0 on %d of %d instances (%.0f %%); first plan alone %d; weighted late h left %s in all, "
                        + "%d late units (%s); median %.3f s%n", reached, instances, 100.0 * reached / instances, firstReached,
                number(lateLeft), lateUnits, byFamily(lateByFamily), median);
        out.printf(Locale.ROOT, "size=%s instances=%d reinforcements=%d reached=%d share_pct=%.1f late_hours_left=%s median_seconds=%.3f "
                        + "first_plan_reached=%d late_units=%d planted_not_on_time=%d violations=%d identical_threads=%s "
                        + "first_seed=%d threads=%d time_step=%s rounds=%d java=%s%n",
                size, instances, first.reinforcements(), reached, 100.0 * reached / instances, number(lateLeft), median,
                firstReached, lateUnits, plantedBroken, violations, identical, seed, options.threads(),
                number(options.timeStepHours()), options.improvementRounds(), System.getProperty("java.version"));
        if (plantedBroken > 0 || violations > 0 || !identical) {
            spec.commandLine().getErr().println("bulwark: "
                    + (plantedBroken > 0 ? plantedBroken + " planted plans were not on time under the planner's rules"
                    : violations > 0 ? "the planner broke " + violations + " rules of the model" : "the planner broke thread independence")
                    + "; this is a fault in Bulwark, please report it with the command you ran.");
            return ExitCode.INTERNAL;
        }
        return ExitCode.OK;
    }

    private static String byFamily(Map<PlantedFamily, Integer> late) {
        List<String> parts = new ArrayList<>();
        for (PlantedFamily family : PlantedFamily.values()) {
            if (late.containsKey(family)) {
                parts.add(family.label() + " " + late.get(family));
            }
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    private static String number(double value) {
        return org.bulwark.cli.export.PlanFiles.decimal(value);
    }
}
