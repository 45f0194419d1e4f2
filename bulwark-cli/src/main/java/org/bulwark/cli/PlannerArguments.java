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
            description = "Improvement rounds after the first plan (0 = first plan only). Default: 50.")
    Integer rounds;

    @Option(names = "--bound-iterations", paramLabel = "N",
            description = "Price updates of the Lagrangian cut bound computed with the final plan (0 = skip it). Default: 50.")
    Integer boundIterations;

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
        if (boundIterations != null) {
            if (boundIterations < 0) {
                throw new UserError("--bound-iterations must be 0 or more, was " + boundIterations + "."
                        + System.lineSeparator() + "    Maybe --bound-iterations 0 to skip the Lagrangian cut bound?");
            }
            options = options.withBoundIterations(boundIterations);
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
