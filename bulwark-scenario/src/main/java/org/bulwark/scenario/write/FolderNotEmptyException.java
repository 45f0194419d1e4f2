package org.bulwark.scenario.write;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Thrown when a scenario would be written into a folder that already holds files and the
 * caller did not ask to overwrite them.
 */
public final class FolderNotEmptyException extends IOException {
    private static final long serialVersionUID = 1L;

    private final Path folder;

    public FolderNotEmptyException(Path folder) {
        super("folder '" + folder + "' is not empty; a scenario is written only into an empty or new folder."
                + System.lineSeparator() + "    Maybe choose a new folder, or pass overwrite = true to replace the scenario files in it.");
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
