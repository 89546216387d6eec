package org.hspnavigator.formats.profile;

import java.util.List;
import java.util.Locale;
import org.hspnavigator.formats.validation.Problem;

/** Suggests the field a misspelt one was probably meant to be ("careerYear" → "careerYears"). */
final class FieldNames {

    private static final int MAX_DISTANCE = 2;

    private FieldNames() {
    }

    /**
     * The problem of an unknown name: the problem {@code key} with the known names, or, when a known name
     * is within two edits, {@code key.suggested} with the nearest of them first.
     */
    static Problem unknown(String key, String unknown, List<String> known, String knownNames) {
        String nearest = nearest(unknown, known);
        return nearest == null ? Problem.of(key, knownNames) : Problem.of(key + ".suggested", nearest, knownNames);
    }

    /** The nearest known name within two edits, or null. */
    private static String nearest(String unknown, List<String> known) {
        String best = null;
        int bestDistance = MAX_DISTANCE + 1;
        for (String candidate : known) {
            int distance = distance(unknown.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
