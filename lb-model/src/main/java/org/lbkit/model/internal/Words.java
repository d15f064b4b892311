package org.lbkit.model.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Compares the words of cluster files: enum values ignoring case, and keys by spelling distance. */
final class Words {

    private static final int MAX_TYPO_DISTANCE = 2;

    private Words() {
    }

    /** Returns the text in lower case with {@code _} turned into {@code -}. */
    static String normalise(String text) {
        return text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Returns the accepted key closest to an unknown one: equal but for case, or at most two
     * edits away.
     */
    static Optional<String> nearest(String unknown, Collection<String> accepted) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : accepted) {
            int distance = candidate.equalsIgnoreCase(unknown)
                    ? 0
                    : distance(unknown.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= MAX_TYPO_DISTANCE ? Optional.of(best) : Optional.empty();
    }

    /** Returns the Levenshtein distance between two words. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
