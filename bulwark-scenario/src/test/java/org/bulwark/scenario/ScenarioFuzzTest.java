package org.bulwark.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates the bundled scenario at random (seeded) and reads every copy: whatever the mutation,
 * reading ends in a valid or an invalid scenario within seconds, never an exception, and every
 * problem names its file (issue 15). A few hundred mutations per build; more with
 * {@code -Dbulwark.fuzz.mutations=N -Dbulwark.fuzz.seed=S} (the nightly-style run).
 */
class ScenarioFuzzTest {
    private static final int MUTATIONS = Integer.getInteger("bulwark.fuzz.mutations", 300);
    private static final long SEED = Long.getLong("bulwark.fuzz.seed", 15);
    private static final List<String> TOKENS = List.of("", "0", "-1", "1e309", "-1e309", "1e300", "NaN", "Infinity", "0x1F",
            "=HYPERLINK(\"http://x\")", "\u001b[2J", "\"", "\"unclosed", ";", ",,,", "abc", "DE_NOWHERE", "ally", "allied",
            "yes", "maybe", "2147483648", "99999999999999999999", "1.7976931348623157E308", "4.9E-324", "é", "\t", " ",
            "[", "{", "&a", "*a", "!!binary", "- -", ": :", "x".repeat(5000));

    @TempDir
    Path temp;

    @Test
    void noMutationOfTheBundledScenarioBreaksTheReader() throws IOException {
        Path source = BundledScenarios.folder("eastern-flank-2023").orElseThrow();
        List<String> files;
        try (Stream<Path> walk = Files.list(source)) {
            files = walk.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv") || n.endsWith(".yaml")).sorted()
                    .toList();
        }
        SplittableRandom random = new SplittableRandom(SEED);
        int valid = 0;
        int invalid = 0;
        for (int m = 0; m < MUTATIONS; m++) {
            Path copy = temp.resolve("m" + m);
            copyFolder(source, copy);
            String file = files.get(random.nextInt(files.size()));
            String what = mutate(copy.resolve(file), random);
            ScenarioRead read = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ScenarioReader.read(copy),
                    () -> "reading hung after " + what + " in " + file);
            List<Problem> problems = read instanceof ScenarioRead.Invalid i ? i.problems() : ((ScenarioRead.Valid) read).problems();
            for (Problem p : problems) {
                assertThat(p.location().file()).as("%s in %s: %s", what, file, p).isNotBlank();
                assertThat(p.message()).as("%s in %s", what, file).doesNotContain("Exception").doesNotContain("\tat ");
            }
            if (read instanceof ScenarioRead.Invalid) {
                invalid++;
            } else {
                valid++;
            }
            deleteFolder(copy);
        }
        assertThat(valid + invalid).isEqualTo(MUTATIONS);
        assertThat(invalid).as("most random mutations break something").isPositive();
    }

    /** One random mutation of a file; returns what it did, for the failure message. */
    private static String mutate(Path file, SplittableRandom random) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int line = random.nextInt(Math.max(1, lines.size()));
        String token = TOKENS.get(random.nextInt(TOKENS.size()));
        String what;
        switch (random.nextInt(7)) {
            case 0 -> { // replace a CSV cell or a YAML value with a token
                String l = lines.get(line);
                String[] cells = l.split(",", -1);
                java.util.regex.Matcher pair = java.util.regex.Pattern.compile("(\\w+): ([^,}]*)").matcher(l);
                List<int[]> values = new ArrayList<>();
                while (l.contains("{") && pair.find()) {
                    values.add(new int[] {pair.start(2), pair.end(2)});
                }
                if (!values.isEmpty()) { // a value inside a YAML flow mapping: {code: LTU, role: ally}
                    int[] v = values.get(random.nextInt(values.size()));
                    lines.set(line, l.substring(0, v[0]) + token + l.substring(v[1]));
                } else if (cells.length > 1) {
                    cells[random.nextInt(cells.length)] = token;
                    lines.set(line, String.join(",", cells));
                } else {
                    int colon = l.indexOf(':');
                    lines.set(line, colon >= 0 ? l.substring(0, colon + 1) + " " + token : token);
                }
                what = "token '" + token.substring(0, Math.min(20, token.length())) + "' at line " + (line + 1);
            }
            case 1 -> {
                lines.remove(line);
                what = "line " + (line + 1) + " deleted";
            }
            case 2 -> {
                lines.add(line, lines.get(line));
                what = "line " + (line + 1) + " doubled";
            }
            case 3 -> {
                int cut = random.nextInt(Math.max(1, text.length()));
                Files.writeString(file, text.substring(0, cut), StandardCharsets.UTF_8);
                return "truncated at " + cut;
            }
            case 4 -> {
                Files.write(file, text.getBytes(java.nio.charset.Charset.forName("windows-1252")));
                return "saved as Windows-1252";
            }
            case 5 -> {
                Files.writeString(file, text.replace(",", ";"), StandardCharsets.UTF_8);
                return "';' separated";
            }
            default -> {
                lines.set(line, "  ".repeat(random.nextInt(4)) + token + lines.get(line));
                what = "token prefixed at line " + (line + 1);
            }
        }
        Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
        return what;
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName().toString()));
            }
        }
    }

    private static void deleteFolder(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
            Files.delete(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
