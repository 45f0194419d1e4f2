package org.bulwark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.bulwark.scenario.BundledScenarios;
import org.bulwark.scenario.Suggestions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Copies a bundled scenario into DIR so you can edit it.",
            "A non-empty DIR is refused unless --force is given; even then, replaced files are kept as NAME.orig."})
final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "Bundled scenario name, e.g. eastern-flank-2023.")
    String name;

    @Parameters(index = "1", paramLabel = "DIR", description = "Folder to create (or an empty one).")
    Path dir;

    @Option(names = "--force", description = "Write into a non-empty DIR, keeping replaced files as NAME.orig.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        Path source = BundledScenarios.folder(name).orElseThrow(() -> new UserError(
                "no bundled scenario named '" + name + "'."
                        + Suggestions.closest(name, BundledScenarios.names())
                                .map(n -> System.lineSeparator() + "    Maybe you meant '" + n + "'?").orElse("")
                        + System.lineSeparator() + "    Bundled scenarios: " + String.join(", ", BundledScenarios.names()) + "."));
        OutputFolder target = OutputFolder.open(dir, force);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String relative = source.relativize(file).toString();
            try {
                target.write(relative, Files.readAllBytes(file));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Copied %s (%d files) to %s%n", name, files.size(), dir);
        for (Path kept : target.keptCopies()) {
            out.println("kept your earlier file as " + kept);
        }
        out.println("Next: edit the files (format: docs/format.md), then run 'bulwark validate " + dir + "'.");
        return ExitCode.OK;
    }
}
