package org.bulwark.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Collects every problem found while reading one scenario; never stops at the first. */
final class Problems {

    private final List<Problem> problems = new ArrayList<>();
    private final java.util.Set<String> reported = new java.util.HashSet<>();

    /** True the first time {@code key} is seen: for problems reported once however many rows share them. */
    boolean first(String key) {
        return reported.add(key);
    }

    void error(Location location, String path, String message) {
        problems.add(Problem.error(location, path, message));
    }

    void error(Location location, String path, String message, String hint) {
        problems.add(Problem.error(location, path, message, hint));
    }

    void warning(Location location, String path, String message, String hint) {
        problems.add(Problem.warning(location, path, message, hint));
    }

    /** How many problems so far, to tell whether a check found any. */
    int count() {
        return problems.size();
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** Errors and warnings so far, sorted by file, line and column. */
    List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(problems);
        copy.sort(null);
        return List.copyOf(copy);
    }

    /**
     * "Maybe you meant 'X'?" for the candidate closest to {@code wrong}, when one is close enough
     * to be a likely typo; otherwise {@code fallback} (which may be null).
     */
    static String didYouMean(String wrong, Collection<String> candidates, String fallback) {
        return closest(wrong, candidates).map(c -> "Maybe you meant '" + c + "'?").orElse(fallback);
    }

    static Optional<String> closest(String wrong, Collection<String> candidates) {
        return Suggestions.closest(wrong, candidates);
    }

    /** {@code "use one of: a, b, c"}, in the order given; long lists are cut short. */
    static String useOneOf(Collection<String> choices) {
        List<String> list = new ArrayList<>(choices);
        return "use one of: " + (list.size() <= 12 ? String.join(", ", list)
                : String.join(", ", list.subList(0, 12)) + " and " + (list.size() - 12) + " more");
    }
}
