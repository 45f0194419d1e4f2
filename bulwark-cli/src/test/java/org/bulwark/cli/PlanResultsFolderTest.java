package org.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without --out, the main job never touches an earlier result: it takes the next free folder. */
class PlanResultsFolderTest {
    @TempDir
    Path results;

    @Test
    void takesTheFirstFolderThatIsMissingOrEmpty() throws IOException {
        assertThat(PlanCommand.freshResultsFolder(results, "s")).isEqualTo(results.resolve("s"));
        Files.createDirectories(results.resolve("s"));
        assertThat(PlanCommand.freshResultsFolder(results, "s")).isEqualTo(results.resolve("s"));
        Files.writeString(results.resolve("s").resolve("summary.md"), "earlier run");
        assertThat(PlanCommand.freshResultsFolder(results, "s")).isEqualTo(results.resolve("s-2"));
        Files.createDirectories(results.resolve("s-2"));
        Files.writeString(results.resolve("s-2").resolve("summary.md"), "second run");
        assertThat(PlanCommand.freshResultsFolder(results, "s")).isEqualTo(results.resolve("s-3"));
    }
}
