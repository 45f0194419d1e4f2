package org.bulwark.scenario;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The one did-you-mean rule of Bulwark, for scenario problems and command-line arguments alike:
 * the candidate at the smallest edit distance (Levenshtein, case-insensitive), when it is close
 * enough to be a likely typo; else the one candidate that is the word with a suffix after an
 * underscore (a field written without its unit: {@code speed} for {@code speed_kmh}).
 */
public final class Suggestions {
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Suggestions() {
    }

    /** The candidate {@code wrong} was probably meant to be, or empty when none is close. */
    public static Optional<String> closest(String wrong, Collection<String> candidates) {
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
        if (best != null && bestDistance <= allowed) {
            return Optional.of(best);
        }
        // a field written without its unit ('speed' for 'speed_kmh'): the one candidate it begins
        String unitless = null;
        for (String candidate : candidates) {
            if (candidate.toLowerCase(Locale.ROOT).startsWith(lower + "_")) {
                if (unitless != null) {
                    return Optional.empty();
                }
                unitless = candidate;
            }
        }
        return Optional.ofNullable(unitless);
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
}
