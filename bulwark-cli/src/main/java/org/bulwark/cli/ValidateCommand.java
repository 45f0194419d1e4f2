package org.bulwark.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.bulwark.model.Scenario;
import org.bulwark.scenario.Problem;
import org.bulwark.scenario.ScenarioRead;
import org.bulwark.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Reads a scenario and reports every problem, each with file:line:column, what is wrong and a hint.",
            "Exit code 0 when valid (warnings allowed), 2 when not."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario folder or bundled scenario name.")
    String scenario;

    @Option(names = "--format", defaultValue = "text", description = "text or json (one object per problem). Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    enum OutputFormat { text, json }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ScenarioRead read = ScenarioReader.read(ScenarioArgument.resolve(scenario));
        List<Problem> problems = read.problems();
        if (format == OutputFormat.json) {
            out.println(Json.write(new ValidationReport(scenario, read instanceof ScenarioRead.Valid, problems.stream()
                    .map(ValidationReport.Entry::of).toList())));
        } else {
            ScenarioLoading.printProblems(problems, out);
            if (read instanceof ScenarioRead.Valid valid) {
                Scenario s = valid.scenario();
                out.printf("%s: valid — %d units, %d nodes, %d links, %d reinforcements (%s)%n", scenario,
                        s.units().size(), s.network().nodes().size(), s.network().links().size(),
                        s.reinforcements().size(), ScenarioLoading.countLine(problems));
            } else {
                out.println(scenario + ": invalid — " + ScenarioLoading.countLine(problems));
            }
        }
        return read instanceof ScenarioRead.Valid ? ExitCode.OK : ExitCode.INVALID_INPUT;
    }

    /** The JSON form of a validation, for editors and CI. */
    record ValidationReport(String scenario, boolean valid, List<Entry> problems) {
        record Entry(String severity, String file, int line, int column, String path, String message, String hint) {
            static Entry of(Problem p) {
                return new Entry(p.severity().name().toLowerCase(java.util.Locale.ROOT), p.location().file(),
                        p.location().line(), p.location().column(), p.path(), p.message(), p.hint().orElse(null));
            }
        }
    }
}
