package org.hspnavigator.engine.rule;

/**
 * Whether two degree fields are one field (docs/rules.md §2), as a batch row asks it for every profile
 * with two graduate degrees: the one class of the rules whose code is written for speed rather than
 * plainness. Two fields are one field when their {@linkplain MultipleFieldDegrees#normalize normal
 * forms} are equal, and that is how any text beyond ASCII is compared. Two ASCII fields, which most
 * stated fields are, are compared here character by character without making their normal forms:
 * Unicode normalization (NFKC) leaves ASCII as it is, so their normal forms differ from the fields only
 * in surrounding spaces, runs of spacing and case. Under the C1 compiler a batch runs with, the
 * normalizer's check of every field and the lower-case copies took about an eighth of the engine's
 * time per batch row (bench/README.md, "Eighth round: degree fields and notes").
 */
final class HotLoopDegreeFields {

    private HotLoopDegreeFields() {
    }

    /** Whether the two fields have the same {@linkplain MultipleFieldDegrees#normalize normal form}. */
    static boolean sameField(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (isAscii(a) && isAscii(b)) {
            return sameAsciiField(a, b);
        }
        return MultipleFieldDegrees.normalize(a).equals(MultipleFieldDegrees.normalize(b));
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * The normal forms of two ASCII fields compared without making them: within what {@link String#strip}
     * leaves (which begins and ends with no spacing), a run of spacing on one side must meet a run on the
     * other, and letters compare without case.
     */
    private static boolean sameAsciiField(String a, String b) {
        int i = stripStart(a);
        int aEnd = stripEnd(a, i);
        int j = stripStart(b);
        int bEnd = stripEnd(b, j);
        while (i < aEnd && j < bEnd) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            boolean spaceA = MultipleFieldDegrees.isSpace(ca);
            if (spaceA != MultipleFieldDegrees.isSpace(cb)) {
                return false;
            }
            if (spaceA) {
                while (MultipleFieldDegrees.isSpace(a.charAt(i))) {
                    i++;
                }
                while (MultipleFieldDegrees.isSpace(b.charAt(j))) {
                    j++;
                }
            } else if (lowerCase(ca) != lowerCase(cb)) {
                return false;
            } else {
                i++;
                j++;
            }
        }
        return i == aEnd && j == bEnd;
    }

    /** Where {@link String#strip} starts. */
    private static int stripStart(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    /** Where {@link String#strip} ends, for text that it starts at {@code start}. */
    private static int stripEnd(String text, int start) {
        int end = text.length();
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** What {@code toLowerCase(Locale.ROOT)} makes of an ASCII character. */
    private static char lowerCase(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
