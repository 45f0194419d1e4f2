package org.bulwark.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder a command writes into. It never destroys what the user had: a non-empty folder is
 * refused unless {@code --force} is given, and even then each file that would be replaced is
 * first kept beside it as {@code NAME.orig} (or {@code NAME.orig.2}, …).
 */
final class OutputFolder {
    private final Path root;
    private final boolean force;
    private final List<Path> keptCopies = new ArrayList<>();

    private OutputFolder(Path root, boolean force) {
        this.root = root;
        this.force = force;
    }

    /** Checks the folder can be written and creates it; throws {@link UserError} when it cannot. */
    static OutputFolder open(Path root, boolean force) {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new UserError("'" + root + "' is a file, not a folder."
                    + System.lineSeparator() + "    Give a new or empty folder.");
        }
        if (!force && isNonEmpty(root)) {
            throw new UserError("'" + root + "' is not empty; nothing was written."
                    + System.lineSeparator() + "    Give a new or empty folder, or add --force to write into it "
                    + "(files it replaces are kept as NAME.orig).");
        }
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UserError("cannot create folder '" + root + "': " + e.getMessage());
        }
        return new OutputFolder(root, force);
    }

    private static boolean isNonEmpty(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            throw new UserError("cannot read folder '" + dir + "': " + e.getMessage());
        }
    }

    Path root() {
        return root;
    }

    /** Writes one file (relative name), keeping a copy of any file it replaces. */
    void write(String relative, byte[] content) {
        Path target = root.resolve(relative);
        try {
            Files.createDirectories(target.getParent());
            keepExisting(target);
            Files.write(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private void keepExisting(Path target) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        if (!force) {
            throw new IllegalStateException("refusing to replace " + target + " without --force");
        }
        Path copy = target.resolveSibling(target.getFileName() + ".orig");
        for (int i = 2; Files.exists(copy); i++) {
            copy = target.resolveSibling(target.getFileName() + ".orig." + i);
        }
        Files.move(target, copy);
        keptCopies.add(copy);
    }

    /** Copies of replaced files made so far, to tell the user. */
    List<Path> keptCopies() {
        return List.copyOf(keptCopies);
    }
}
