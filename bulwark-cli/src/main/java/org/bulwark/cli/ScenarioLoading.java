package org.bulwark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.bulwark.model.Scenario;
import org.bulwark.scenario.Problem;
import org.bulwark.scenario.ScenarioRead;
import org.bulwark.scenario.ScenarioReader;

/** Reads a SCENARIO argument and prints its problems the one way every command does. */
final class ScenarioLoading {
    private ScenarioLoading() {
    }

    /** The scenario when valid (warnings printed to {@code err}); otherwise prints every problem and returns empty. */
    static Optional<Scenario> load(String argument, PrintWriter err) {
        Path folder = ScenarioArgument.resolve(argument);
        ScenarioRead read = ScenarioReader.read(folder);
        printProblems(read.problems(), err);
        if (read instanceof ScenarioRead.Valid valid) {
            return Optional.of(valid.scenario());
        }
        err.println(countLine(read.problems()) + " in " + argument + "; nothing was changed.");
        return Optional.empty();
    }

    static void printProblems(List<Problem> problems, PrintWriter out) {
        for (Problem problem : problems) {
            out.println(problem.format());
        }
    }

    static String countLine(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        return plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
