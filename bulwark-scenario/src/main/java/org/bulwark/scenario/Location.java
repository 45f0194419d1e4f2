package org.bulwark.scenario;

import java.util.Objects;

/**
 * Where in a scenario a problem is: a file name relative to the scenario folder, and a 1-based
 * line and column (0 when not known, e.g. a file that is missing altogether).
 */
public record Location(String file, int line, int column) implements Comparable<Location> {
    public Location {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0, were " + line + ":" + column);
        }
    }

    public static Location ofFile(String file) {
        return new Location(file, 0, 0);
    }

    @Override
    public int compareTo(Location other) {
        int c = file.compareTo(other.file);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, other.line);
        return c != 0 ? c : Integer.compare(column, other.column);
    }

    /** {@code units.csv:8:31}, or just the file when line and column are unknown. */
    @Override
    public String toString() {
        return line == 0 ? file : file + ":" + line + ":" + column;
    }
}
