package org.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateAndValidateCommandTest {
    @TempDir
    Path temp;

    @Test
    void sameArgumentsGiveIdenticalFilesThatValidate() throws IOException {
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        String[] args = {"--units", "80", "--nodes", "60", "--days", "20", "--seed", "7"};
        assertThat(CliRun.of(concat("generate", args, "--out", a.toString())).exitCode()).isZero();
        assertThat(CliRun.of(concat("generate", args, "--out", b.toString())).exitCode()).isZero();
        List<Path> files = list(a);
        assertThat(files).hasSize(12).isEqualTo(list(b));
        for (Path file : files) {
            assertThat(Files.readAllBytes(b.resolve(file))).as(file.toString()).isEqualTo(Files.readAllBytes(a.resolve(file)));
        }
        CliRun validate = CliRun.of("validate", a.toString());
        assertThat(validate.exitCode()).as(validate.out()).isZero();
        assertThat(validate.out()).contains("80 units, 60 nodes");
    }

    @Test
    void differentSeedGivesDifferentUnits() throws IOException {
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        assertThat(CliRun.of("generate", "--seed", "1", "--out", a.toString()).exitCode()).isZero();
        assertThat(CliRun.of("generate", "--seed", "2", "--out", b.toString()).exitCode()).isZero();
        assertThat(Files.readString(a.resolve("units.csv"))).isNotEqualTo(Files.readString(b.resolve("units.csv")));
    }

    @Test
    void generateRefusesANonEmptyFolderAndBadSizes() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("taken"));
        Files.writeString(dir.resolve("notes.txt"), "keep me");
        CliRun taken = CliRun.of("generate", "--out", dir.toString());
        assertThat(taken.exitCode()).isEqualTo(2);
        assertThat(list(dir)).containsExactly(Path.of("notes.txt"));
        CliRun tooFewNodes = CliRun.of("generate", "--nodes", "3", "--out", temp.resolve("x").toString());
        assertThat(tooFewNodes.exitCode()).isEqualTo(2);
        assertThat(tooFewNodes.err()).contains("nodes").doesNotContain("Exception");
        CliRun badPreset = CliRun.of("generate", "--size", "huge", "--out", temp.resolve("y").toString());
        assertThat(badPreset.exitCode()).isEqualTo(2);
        assertThat(badPreset.err()).contains("huge");
    }

    @Test
    void validateJsonListsEveryProblemWithItsPosition() throws IOException {
        Path dir = temp.resolve("s");
        assertThat(CliRun.of("generate", "--units", "10", "--nodes", "20", "--days", "10", "--out", dir.toString()).exitCode()).isZero();
        Path nodes = dir.resolve("nodes.csv");
        Files.writeString(nodes, Files.readString(nodes).replaceFirst("\n([^,]+),", "\n$1,\n"));
        CliRun run = CliRun.of("validate", dir.toString(), "--format", "json");
        assertThat(run.exitCode()).isEqualTo(2);
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.path("valid").asBoolean()).isFalse();
        assertThat(report.path("problems").size()).isPositive();
        JsonNode first = report.path("problems").get(0);
        assertThat(first.path("file").asText()).isEqualTo("nodes.csv");
        assertThat(first.path("line").asInt()).isPositive();
        assertThat(first.path("severity").asText()).isEqualTo("error");
    }

    private static String[] concat(String command, String[] middle, String... tail) {
        return Stream.of(new String[] {command}, middle, tail).flatMap(Stream::of).toArray(String[]::new);
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(dir::relativize).sorted().toList();
        }
    }
}
