package org.bulwark.cli;

import java.nio.charset.StandardCharsets;

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
        description = {"Copies a bundled scenario into DIR so you can edit it, as a scenario of its own: its id becomes "
                + "DIR's name (or --id) and its title says it is a copy (or --title), so results and hints follow your copy.",
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

    @Option(names = "--id", paramLabel = "ID", description = "The copy's scenario id. Default: DIR's name, in lower case "
            + "with other characters than letters, digits and '-' turned into '-'.")
    String id;

    @Option(names = "--title", paramLabel = "TEXT", description = "The copy's title. Default: the bundled title, "
            + "marked as a copy.")
    String title;

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
            byte[] bytes = Files.readAllBytes(file);
            if (relative.equals("scenario.yaml")) {
                bytes = renamed(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            try {
                target.write(relative, bytes);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Copied %s (%d files) to %s as scenario '%s'%n", name, files.size(), dir, copyId());
        for (Path kept : target.keptCopies()) {
            out.println("kept your earlier file as " + kept);
        }
        String shown = dir.toString().contains(" ") ? "\"" + dir + "\"" : dir.toString();
        out.println("Next: edit the files (format: docs/format.md), then run 'bulwark validate " + shown + "'.");
        return ExitCode.OK;
    }

    /** The copy's id: --id, else DIR's name made an id. */
    private String copyId() {
        if (id != null) {
            return id;
        }
        Path leaf = dir.toAbsolutePath().normalize().getFileName();
        String base = leaf == null ? "" : leaf.toString().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]+", "-")
                .replaceAll("^-+|-+$", "");
        return base.isEmpty() ? "my-scenario" : base;
    }

    /** scenario.yaml with the copy's id and title in place of the bundled ones (the first of each, at the top level). */
    private String renamed(String yaml) {
        String copy = copyId();
        String out = yaml.replaceFirst("(?m)^id: .*$", java.util.regex.Matcher.quoteReplacement("id: " + copy));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^name: (.*)$").matcher(out);
        if (m.find()) {
            String newTitle = title != null ? title : m.group(1).strip() + " (copy: " + copy + ")";
            out = out.substring(0, m.start()) + "name: " + yamlText(newTitle) + out.substring(m.end());
        }
        return out;
    }

    /** A YAML scalar for a title: quoted when it holds characters YAML would read otherwise. */
    private static String yamlText(String text) {
        return text.matches("[A-Za-z0-9][A-Za-z0-9 ()._,'-]*") ? text : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
