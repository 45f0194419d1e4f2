package org.bulwark.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The test scenarios in {@code src/test/resources/scenarios}, and small edits to copies of them. */
final class TestScenarios {
    private TestScenarios() {
    }

    /** The valid fixture as it is on the class path (read-only by convention). */
    static Path valid() {
        URL url = TestScenarios.class.getResource("/scenarios/valid/scenario.yaml");
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the valid fixture in {@code dir}, to be edited. */
    static Path copyOfValid(Path dir) {
        Path source = valid();
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName().toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** Replaces the one occurrence of {@code from} in {@code file}; fails if it is not there exactly once. */
    static void replace(Path folder, String file, String from, String to) {
        String text = read(folder, file);
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            throw new IllegalArgumentException("'" + from + "' is not in " + file + " exactly once");
        }
        write(folder, file, text.substring(0, at) + to + text.substring(at + from.length()));
    }

    static void append(Path folder, String file, String text) {
        write(folder, file, read(folder, file) + text);
    }

    static String read(Path folder, String file) {
        try {
            return Files.readString(folder.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path folder, String file, String text) {
        try {
            Files.writeString(folder.resolve(file), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeBytes(Path folder, String file, byte[] bytes) {
        try {
            Files.write(folder.resolve(file), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path folder, String file) {
        try {
            Files.delete(folder.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every problem as users see it, one per line, hints indented. */
    static String formatted(ScenarioRead read) {
        return read.problems().stream().map(Problem::format)
                .map(s -> s.replace(System.lineSeparator(), "\n"))
                .collect(Collectors.joining("\n"));
    }
}
