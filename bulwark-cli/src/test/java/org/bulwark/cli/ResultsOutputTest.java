package org.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output never breaks (issue 15): identical runs give identical files, the summary is written last
 * beside a manifest of checksums, a locked or unwritable folder is refused before any computing.
 */
class ResultsOutputTest {
    private static final String BUNDLED = "eastern-flank-2023";

    @TempDir
    Path temp;

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void identicalPlansWriteIdenticalBytesAndTheSummaryLast() throws IOException {
        Path one = temp.resolve("one");
        Path two = temp.resolve("two");
        assertThat(CliRun.of("plan", BUNDLED, "--runs", "200", "--out", one.toString()).exitCode()).isZero();
        assertThat(CliRun.of("plan", BUNDLED, "--runs", "200", "--out", two.toString()).exitCode()).isZero();
        assertThat(names(one)).isEqualTo(names(two)).contains("summary.md", OutputFolder.MANIFEST)
                .doesNotContain(OutputFolder.LOCK);
        for (String name : names(one)) {
            assertThat(Files.readAllBytes(two.resolve(name))).as(name).isEqualTo(Files.readAllBytes(one.resolve(name)));
        }
        // every file but the manifest is in it, with its checksum, and the summary names no path
        List<String> manifest = Files.readAllLines(one.resolve(OutputFolder.MANIFEST));
        assertThat(manifest).hasSize(names(one).size() - 1);
        assertThat(Files.readString(one.resolve("summary.md"))).doesNotContain(one.toString());
    }

    @Test
    void aFolderAnotherRunIsWritingIsRefusedBeforeAnyComputing() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("busy"));
        Files.createFile(dir.resolve(OutputFolder.LOCK));
        CliRun run = CliRun.of("assess", BUNDLED, "--runs", "100", "--out", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("another Bulwark run is writing into").doesNotContain("Exception");
        assertThat(names(dir)).containsExactly(OutputFolder.LOCK);
    }

    @Test
    void anUnwritableFolderIsRefusedBeforeAnyComputing() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("read-only"));
        if (!dir.toFile().setWritable(false) || Files.isWritable(dir)) {
            return; // running as a user who can write anyway (root): nothing to check here
        }
        try {
            CliRun run = CliRun.of("assess", BUNDLED, "--runs", "100", "--out", dir.toString());
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("cannot write into", "permission denied").doesNotContain("Exception");
        } finally {
            dir.toFile().setWritable(true);
        }
    }
}
