package org.bulwark.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.bulwark.scenario.BundledScenarios;
import org.bulwark.scenario.Suggestions;

/** Turns a SCENARIO argument (a folder, or a bundled scenario's name) into a folder to read. */
final class ScenarioArgument {
    private ScenarioArgument() {
    }

    static Path resolve(String argument) {
        Path path = Path.of(argument);
        if (Files.isDirectory(path)) {
            return path;
        }
        Optional<Path> bundled = BundledScenarios.folder(argument);
        if (bundled.isPresent()) {
            return bundled.get();
        }
        List<String> names = BundledScenarios.names();
        StringBuilder message = new StringBuilder();
        if (Files.exists(path)) {
            message.append("'").append(argument).append("' is a file; SCENARIO must be a scenario folder or a bundled scenario name.");
        } else {
            message.append("no scenario folder or bundled scenario named '").append(argument).append("'.");
        }
        Suggestions.closest(argument, names).ifPresent(n -> message.append(System.lineSeparator())
                .append("    Maybe you meant '").append(n).append("'?"));
        message.append(System.lineSeparator()).append("    Bundled scenarios: ").append(String.join(", ", names))
                .append(". Copy one to edit with 'bulwark init NAME DIR'.");
        throw new UserError(message.toString());
    }
}
