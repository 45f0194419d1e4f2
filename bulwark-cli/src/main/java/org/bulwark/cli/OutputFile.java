package org.bulwark.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One file a command writes. Like {@link OutputFolder} it never destroys what the user had: an
 * existing file is refused unless {@code --force} is given, and even then it is first kept beside
 * the new one as {@code NAME.orig} (or {@code NAME.orig.2}, …).
 */
final class OutputFile {
    private OutputFile() {
    }

    /**
     * Writes {@code content} to {@code file}, creating missing parent folders.
     *
     * @return the copy kept of the file it replaced, if any
     * @throws UserError when the file exists and {@code force} is false, or it cannot be written
     */
    static Optional<Path> write(Path file, byte[] content, boolean force) {
        if (Files.isDirectory(file)) {
            throw new UserError("'" + file + "' is a folder; give a file name, e.g. " + file.resolve("spending.xlsx") + ".");
        }
        Optional<Path> kept = Optional.empty();
        try {
            if (Files.exists(file)) {
                if (!force) {
                    throw new UserError("'" + file + "' exists; nothing was written."
                            + System.lineSeparator() + "    Give a new file name, or add --force to replace it "
                            + "(the old file is kept as " + file.getFileName() + ".orig).");
                }
                Path copy = file.resolveSibling(file.getFileName() + ".orig");
                for (int i = 2; Files.exists(copy); i++) {
                    copy = file.resolveSibling(file.getFileName() + ".orig." + i);
                }
                Files.move(file, copy);
                kept = Optional.of(copy);
            }
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, content);
        } catch (IOException e) {
            throw new UserError("cannot write '" + file + "': " + e.getMessage());
        }
        return kept;
    }
}
