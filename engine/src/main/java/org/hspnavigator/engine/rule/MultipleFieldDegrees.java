package org.hspnavigator.engine.rule;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Item;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.profile.Degree;
import org.hspnavigator.engine.table.PointRow;

/**
 * 複数の分野における2以上の博士若しくは修士の学位又は専門職学位 (degrees in multiple fields),
 * points.md §3.1, from 2017-04-26: two or more doctoral, master's or professional degrees (MBA/MOT
 * included) in different fields. Bachelor's degrees never count.
 */
public final class MultipleFieldDegrees extends FlatAddition {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    public MultipleFieldDegrees() {
        super(CriterionId.MULTIPLE_DEGREES);
    }

    @Override
    boolean isMet(ScoringContext context, Category category) {
        return context.degrees().multipleFields().size() >= 2;
    }

    @Override
    Item metItem(ScoringContext context, Category category, PointRow row) {
        return Awards.award(row, Message.of("item.multipleDegrees", context.degrees().multipleFieldsText()));
    }

    /** Two graduate degrees but a missing field: the bonus cannot be decided, so say so. */
    @Override
    void whenNotMet(ScoringContext context, Category category, PointRow row, Findings findings) {
        if (context.degrees().graduateDegrees() < 2) {
            return;
        }
        List<Degree> degrees = context.profile().degrees();
        for (int i = 0; i < degrees.size(); i++) {
            Degree degree = degrees.get(i);
            if (degree.level().isGraduate() && degree.field().isEmpty()) {
                findings.note(Message.of("note.multipleDegrees.fieldMissing", i));
            }
        }
    }

    /**
     * The fields of the graduate degrees, each once. Fields are the same when they differ only in
     * case, width (full-width letters) or spacing: "Computer Science" and " computer  science" are one
     * field.
     */
    static Set<String> distinctGraduateFields(List<Degree> degrees) {
        Set<String> normalized = new LinkedHashSet<>();
        Set<String> shown = new LinkedHashSet<>();
        for (Degree degree : degrees) {
            if (degree.level().isGraduate() && degree.field().isPresent()) {
                String field = degree.field().get();
                if (normalized.add(normalize(field))) {
                    shown.add(field.strip());
                }
            }
        }
        return shown;
    }

    /** The form two fields are compared in: NFKC (full-width letters to ASCII), single spaces, lower case. */
    static String normalize(String field) {
        if (isAscii(field)) {
            return normalizeAscii(field.strip());
        }
        String plain = Normalizer.normalize(field, Normalizer.Form.NFKC).strip();
        return SPACES.matcher(plain).replaceAll(" ").toLowerCase(Locale.ROOT);
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
     * What the general path gives for ASCII, in one pass and without the normalizer or a regex (most
     * fields are ASCII): NFKC leaves ASCII as it is, runs of {@code \s} become one space, A–Z become
     * a–z.
     */
    private static String normalizeAscii(String stripped) {
        StringBuilder normalized = new StringBuilder(stripped.length());
        boolean inSpaces = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                if (!inSpaces) {
                    normalized.append(' ');
                }
                inSpaces = true;
            } else {
                normalized.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
                inSpaces = false;
            }
        }
        return normalized.toString();
    }
}
