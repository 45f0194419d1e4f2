package org.bulwark.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Collects every problem found while reading one scenario; never stops at the first. */
final class Problems {
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private final List<Problem> problems = new ArrayList<>();

    void error(Location location, String path, String message) {
        problems.add(Problem.error(location, path, message));
    }

    void error(Location location, String path, String message, String hint) {
        problems.add(Problem.error(location, path, message, hint));
    }

    void warning(Location location, String path, String message, String hint) {
        problems.add(Problem.warning(location, path, message, hint));
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
        String lower = wrong.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = DISTANCE.apply(lower, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance || (d == bestDistance && common(lower, candidate) > common(lower, best))) {
                best = candidate;
                bestDistance = d;
            }
        }
        // A typo changes a few characters: allow one edit in a short word, else about one in three (at least two).
        int allowed = wrong.length() <= 3 ? 1 : Math.max(2, wrong.length() / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** How many characters two words share, counted with repetition: breaks ties between equally distant candidates. */
    private static int common(String a, String b) {
        int[] counts = new int[Character.MAX_VALUE + 1];
        for (char c : a.toCharArray()) {
            counts[c]++;
        }
        int shared = 0;
        for (char c : b.toLowerCase(Locale.ROOT).toCharArray()) {
            if (counts[c]-- > 0) {
                shared++;
            }
        }
        return shared;
    }

    /** {@code "use one of: a, b, c"}, in the order given; long lists are cut short. */
    static String useOneOf(Collection<String> choices) {
        List<String> list = new ArrayList<>(choices);
        return "use one of: " + (list.size() <= 12 ? String.join(", ", list)
                : String.join(", ", list.subList(0, 12)) + " and " + (list.size() - 12) + " more");
    }
}
