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
            throw new UserError("cannot create folder '" + root + "': " + reason(e));
        }
        // found before any computing: a folder we cannot write, or one another run is writing into
        Path lock = root.resolve(LOCK);
        try {
            Files.createFile(lock);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new UserError("another Bulwark run is writing into '" + root + "' (" + lock + " exists); nothing was written."
                    + System.lineSeparator() + "    Wait for it to finish, or delete " + LOCK + " if no run is going.");
        } catch (IOException e) {
            throw new UserError("cannot write into '" + root + "': " + reason(e) + "; nothing was computed."
                    + System.lineSeparator() + "    Give a folder you can write to.");
        }
        synchronized (LOCKS) {
            if (LOCKS.isEmpty()) {
                Runtime.getRuntime().addShutdownHook(new Thread(OutputFolder::releaseAll, "bulwark-unlock"));
            }
            LOCKS.add(lock);
        }
        return new OutputFolder(root, force);
    }

    /** Lock files this process holds. */
    private static final java.util.Set<Path> LOCKS = new java.util.LinkedHashSet<>();

    /** Releases every output folder this process locked: at the end of each command, and at exit. */
    static void releaseAll() {
        synchronized (LOCKS) {
            for (Path lock : LOCKS) {
                try {
                    Files.deleteIfExists(lock);
                } catch (IOException ignored) {
                    // the lock names itself; the user can delete it
                }
            }
            LOCKS.clear();
        }
    }

    /** The lock file a run holds in its output folder while it writes. */
    static final String LOCK = ".bulwark-writing";

    /** The operating system's reason, in words a user can act on. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such folder";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.contains("No space left") ? "the disk is full" : message;
    }

    /**
     * Writes the run's files, then a manifest of their SHA-256 checksums, then {@code last} (the
     * summary): a folder without its summary was cut short. Each file is written under a temporary
     * name and renamed into place, so none is ever half-written; the lock is released after.
     */
    void writeAll(java.util.Map<String, byte[]> files, String lastName, byte[] last) {
        StringBuilder manifest = new StringBuilder();
        files.forEach((name, content) -> {
            write(name, content);
            manifest.append(sha256(content)).append("  ").append(name).append('\n');
        });
        manifest.append(sha256(last)).append("  ").append(lastName).append('\n');
        write(MANIFEST, manifest.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        write(lastName, last);
    }

    /** The checksums of a results folder's files, written just before its summary. */
    static final String MANIFEST = "MANIFEST.sha256";

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static boolean isNonEmpty(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(p -> !p.getFileName().toString().equals(LOCK));
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
            Path temporary = target.resolveSibling("." + target.getFileName() + ".part");
            Files.write(temporary, content);
            try {
                Files.move(temporary, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UserError("cannot write " + target + ": " + reason(e) + "."
                    + System.lineSeparator() + "    The files written before it are complete; the folder has no "
                    + ResultsFolder.SUMMARY + ", so it is marked as cut short.");
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
