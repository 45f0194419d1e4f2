package org.bulwark.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.bulwark.model.Scenario;
import org.bulwark.scenario.generate.GeneratorSpec;
import org.bulwark.scenario.generate.ScenarioGenerator;
import org.bulwark.scenario.write.ScenarioWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic, valid scenario of any size: the benchmark instances for every engine.",
            "The same arguments always give the same files. Presets: small (50 units, 150 nodes, 30 days), "
                    + "medium (500, 500, 90), large (5000, 2000, 180); --units/--nodes/--days override the preset."})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--size", defaultValue = "small", paramLabel = "PRESET", description = "small, medium or large. Default: ${DEFAULT-VALUE}.")
    String size;

    @Option(names = "--units", paramLabel = "N", description = "Number of units (allied and adversary).")
    Integer units;

    @Option(names = "--nodes", paramLabel = "M", description = "Number of network nodes (at least 10).")
    Integer nodes;

    @Option(names = "--days", paramLabel = "D", description = "Scenario horizon in days.")
    Integer days;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed. Default: the preset's (42).")
    Long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write (new or empty).")
    Path out;

    @Option(names = "--force", description = "Write into a non-empty DIR, keeping replaced files as NAME.orig.")
    boolean force;

    @Override
    public Integer call() {
        GeneratorSpec spec = spec(size, units, nodes, days, seed);
        OutputFolder folder = OutputFolder.open(out, force);
        Scenario scenario = new ScenarioGenerator().generate(spec);
        Map<String, String> files = new ScenarioWriter().files(scenario);
        files.forEach((name, text) -> folder.write(name, text.getBytes(StandardCharsets.UTF_8)));
        PrintWriter printer = this.spec.commandLine().getOut();
        printer.printf("wrote %d files to %s: %d units, %d nodes, %d links, %d reinforcements, %d days, seed %d%n",
                files.size(), out, scenario.units().size(), scenario.network().nodes().size(),
                scenario.network().links().size(), scenario.reinforcements().size(), spec.days(), spec.seed());
        folder.keptCopies().forEach(kept -> printer.println("kept your earlier file as " + kept));
        return ExitCode.OK;
    }

    /** The preset, with any explicit value replacing the preset's; bad values become a {@link UserError}. */
    static GeneratorSpec spec(String size, Integer units, Integer nodes, Integer days, Long seed) {
        try {
            GeneratorSpec preset = GeneratorSpec.preset(size);
            return GeneratorSpec.of(
                    units != null ? units : preset.units(),
                    nodes != null ? nodes : preset.nodes(),
                    days != null ? days : preset.days(),
                    seed != null ? seed : preset.seed());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
