package org.bulwark.scenario;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with user input, as a value.
 *
 * @param path    where inside the scenario, e.g. {@code units[7].home}; empty for a whole file
 * @param message what is wrong, naming the value
 * @param hint    what would be right ("Maybe you meant 'DE_GRF'?"), or empty
 */
public record Problem(Severity severity, Location location, String path, String message, Optional<String> hint)
        implements Comparable<Problem> {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hint, "hint");
    }

    public static Problem error(Location location, String path, String message) {
        return new Problem(Severity.ERROR, location, path, message, Optional.empty());
    }

    public static Problem error(Location location, String path, String message, String hint) {
        return new Problem(Severity.ERROR, location, path, message, Optional.ofNullable(hint));
    }

    public static Problem warning(Location location, String path, String message, String hint) {
        return new Problem(Severity.WARNING, location, path, message, Optional.ofNullable(hint));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The one-line form users see, with the hint on an indented second line:
     * <pre>units.csv:8:31 units[6].home: node 'DE_GRAF' is not in the network
     *     Maybe you meant 'DE_GRF'?</pre>
     * Warnings start with {@code warning: } after the location.
     */
    public String format() {
        StringBuilder sb = new StringBuilder(location.toString()).append(' ');
        if (severity == Severity.WARNING) {
            sb.append("warning: ");
        }
        if (!path.isEmpty()) {
            sb.append(path).append(": ");
        }
        sb.append(message);
        hint.ifPresent(h -> sb.append(System.lineSeparator()).append("    ").append(h));
        return sb.toString();
    }

    /** Problems sort by file, line, column, then message, so output is stable. */
    @Override
    public int compareTo(Problem other) {
        int c = location.compareTo(other.location);
        return c != 0 ? c : (path + message).compareTo(other.path + other.message);
    }
}
