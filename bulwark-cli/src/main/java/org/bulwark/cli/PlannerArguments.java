package org.bulwark.cli;

import java.util.Locale;
import org.bulwark.deploy.PlannerOptions;
import picocli.CommandLine.Option;

/** The planner options shared by {@code deploy} and {@code bench deploy}. */
final class PlannerArguments {
    @Option(names = "--time-step", paramLabel = "HOURS",
            description = "Width of a capacity period in hours. Default: 6.")
    Double timeStepHours;

    @Option(names = "--rounds", paramLabel = "N",
            description = "Improvement budget after the first plan, in rounds; a re-planning pass costs one round per 13 units (0 = first plan only). Default: 100.")
    Integer rounds;

    @Option(names = "--max-elements", paramLabel = "N",
            description = "Most lift elements (trains, serials, sailings, sorties) a unit is cut into per mode: a unit moves "
                    + "in the larger of the mode's element (lift.yaml or the bundled lift_increments.csv) and its tonnes ÷ N; "
                    + "1 moves every unit whole (store and forward). Default: 24.")
    Integer maxElements;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads; the plan is the same for any number. Default: the processors of this machine.")
    Integer threads;

    /** The options asked for, on top of the defaults; a value the planner refuses becomes a {@link UserError}. */
    PlannerOptions options() {
        // the engine defaults to one thread; the plan does not depend on it, so use the machine
        PlannerOptions options = PlannerOptions.DEFAULT.withThreads(Runtime.getRuntime().availableProcessors());
        if (timeStepHours != null) {
            if (!(timeStepHours > 0) || timeStepHours.isInfinite()) {
                throw new UserError(String.format(Locale.ROOT, "--time-step must be a positive number of hours, was %s."
                        + "%n    Maybe --time-step 6 (the default) or 1 for finer capacity periods?", format(timeStepHours)));
            }
            options = options.withTimeStepHours(timeStepHours);
        }
        if (rounds != null) {
            if (rounds < 0) {
                throw new UserError("--rounds must be 0 or more, was " + rounds + "."
                        + System.lineSeparator() + "    Maybe --rounds 0 for the first plan only?");
            }
            options = options.withImprovementRounds(rounds);
        }
        if (maxElements != null) {
            if (maxElements < 1) {
                throw new UserError("--max-elements must be at least 1, was " + maxElements + "."
                        + System.lineSeparator() + "    Maybe --max-elements 1 to move every unit whole?");
            }
            options = options.withMaxElements(maxElements);
        }
        if (threads != null) {
            if (threads < 1) {
                throw new UserError("--threads must be at least 1, was " + threads + "."
                        + System.lineSeparator() + "    Maybe --threads " + Runtime.getRuntime().availableProcessors()
                        + " (the processors on this machine)?");
            }
            options = options.withThreads(threads);
        }
        return options;
    }

    private static String format(double value) {
        return value == Math.rint(value) && !Double.isInfinite(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
