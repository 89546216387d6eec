package org.hspnavigator.engine.procedure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The smallest set of point items whose evidence proves a threshold (docs/rules.md §16: "enough to
 * prove 70, not every item"), found exhaustively: the fewest items whose points reach the threshold;
 * among those, the fewest distinct evidence lines of the sheet (age needs none, two items sharing a
 * line such as ⑩ count it once); then the most points, a margin should one item be disputed; then the
 * earliest items in the order of the point sheet.
 */
final class EvidenceSelection {

    /** One claimed item: its points and the evidence lines it needs. */
    record Candidate(int points, List<SheetEvidence> evidence) {
    }

    private EvidenceSelection() {
    }

    /** The indices of the chosen candidates in ascending order; empty when all together fall short. */
    static Optional<List<Integer>> choose(List<Candidate> candidates, int threshold) {
        int total = candidates.stream().mapToInt(Candidate::points).sum();
        if (total < threshold) {
            return Optional.empty();
        }
        int n = candidates.size();
        for (int size = threshold <= 0 ? 0 : 1; size <= n; size++) {
            int[] indices = new int[size];
            for (int i = 0; i < size; i++) {
                indices[i] = i;
            }
            int[] best = null;
            int bestDocuments = Integer.MAX_VALUE;
            int bestPoints = -1;
            while (true) {
                int points = 0;
                for (int index : indices) {
                    points += candidates.get(index).points();
                }
                if (points >= threshold) {
                    int documents = documents(candidates, indices);
                    if (documents < bestDocuments || (documents == bestDocuments && points > bestPoints)) {
                        best = indices.clone();
                        bestDocuments = documents;
                        bestPoints = points;
                    }
                }
                if (!next(indices, n)) {
                    break;
                }
            }
            if (best != null) {
                List<Integer> chosen = new ArrayList<>(size);
                for (int index : best) {
                    chosen.add(index);
                }
                return Optional.of(chosen);
            }
        }
        throw new IllegalStateException("the total reaches the threshold, so some set does");
    }

    static int documents(List<Candidate> candidates, int[] indices) {
        Set<SheetEvidence> lines = EnumSet.noneOf(SheetEvidence.class);
        for (int index : indices) {
            lines.addAll(candidates.get(index).evidence());
        }
        return lines.size();
    }

    /** Advances to the next combination in lexicographic order; false after the last. */
    private static boolean next(int[] indices, int n) {
        int k = indices.length;
        int i = k - 1;
        while (i >= 0 && indices[i] == n - k + i) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        indices[i]++;
        for (int j = i + 1; j < k; j++) {
            indices[j] = indices[j - 1] + 1;
        }
        return true;
    }
}
