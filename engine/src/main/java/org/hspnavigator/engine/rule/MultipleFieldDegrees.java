package org.hspnavigator.engine.rule;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.profile.Degree;
import org.hspnavigator.engine.table.PointRow;

/**
 * 複数の分野における2以上の博士若しくは修士の学位又は専門職学位 (degrees in multiple fields),
 * docs/rules.md §2, from 2017-04-26: two or more doctoral, master's or professional degrees (MBA/MOT
 * included) in different fields. Bachelor's degrees never count.
 */
public final class MultipleFieldDegrees extends FlatAddition {

    /** Lists the distinct fields, comma-separated. */
    private static final Explanation WHY = (context, row) -> Message.of("item.multipleDegrees",
            String.join(", ", context.degrees().distinctGraduateFields()));

    public MultipleFieldDegrees() {
        super(CriterionId.MULTIPLE_DEGREES);
    }

    /** Fewer than two graduate degrees can be neither met nor worth a note. */
    @Override
    boolean concerns(ScoringContext context) {
        return context.degrees().graduateDegrees() >= 2;
    }

    @Override
    boolean isMet(ScoringContext context, Category category) {
        return context.degrees().multipleFields();
    }

    @Override
    void award(ScoringContext context, Category category, PointRow row, PointsSink sink) {
        sink.award(row, WHY);
    }

    /** Two graduate degrees but a missing field: the bonus cannot be decided, so say so. */
    @Override
    void whenNotMet(ScoringContext context, Category category, PointRow row, PointsSink sink) {
        if (context.degrees().graduateDegrees() < 2) {
            return;
        }
        List<Degree> degrees = context.profile().degrees();
        for (int i = 0; i < degrees.size(); i++) {
            Degree degree = degrees.get(i);
            if (degree.level().isGraduate() && degree.field().isEmpty()) {
                sink.note(category, fieldMissing(i));
            }
        }
    }

    /** The note that the degree at {@code index} of the profile's list states no field. */
    private static Note fieldMissing(int index) {
        return (context, category) -> Message.of("note.multipleDegrees.fieldMissing", index);
    }

    /**
     * The fields of the graduate degrees, each once, as first written (without surrounding spaces).
     * Fields are the same when they differ only in case, width (full-width letters) or spacing:
     * "Computer Science" and " computer  science" are one field.
     */
    static List<String> distinctGraduateFields(List<Degree> degrees) {
        List<String> distinct = new ArrayList<>(degrees.size());
        for (int i = 0; i < degrees.size(); i++) { // by index: no iterator to allocate
            Degree degree = degrees.get(i);
            if (degree.level().isGraduate() && degree.field().isPresent()) {
                String field = degree.field().get();
                if (!containsSameField(distinct, field)) {
                    distinct.add(field.strip());
                }
            }
        }
        return distinct;
    }

    private static boolean containsSameField(List<String> fields, String field) {
        for (int i = 0; i < fields.size(); i++) {
            if (HotLoopDegreeFields.sameField(fields.get(i), field)) {
                return true;
            }
        }
        return false;
    }

    /** The form two fields are compared in: NFKC (full-width letters to ASCII), single spaces, lower case. */
    static String normalize(String field) {
        // Most text is in normal form already (ASCII and Japanese fields are): checking is cheaper than normalizing.
        String plain = Normalizer.isNormalized(field, Normalizer.Form.NFKC) ? field
                : Normalizer.normalize(field, Normalizer.Form.NFKC);
        return singleSpaces(plain.strip()).toLowerCase(Locale.ROOT);
    }

    /**
     * Each run of {@code \s} (the regular expression's: ASCII spacing only) as one space; the text itself
     * when it has no such run but single spaces, as most fields have.
     */
    private static String singleSpaces(String text) {
        if (singleSpacesOnly(text)) {
            return text;
        }
        StringBuilder single = new StringBuilder(text.length());
        boolean inSpaces = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = isSpace(c);
            if (!space) {
                single.append(c);
            } else if (!inSpaces) {
                single.append(' ');
            }
            inSpaces = space;
        }
        return single.toString();
    }

    private static boolean singleSpacesOnly(String text) {
        boolean afterSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = isSpace(c);
            if (space && (c != ' ' || afterSpace)) {
                return false;
            }
            afterSpace = space;
        }
        return true;
    }

    /** ASCII spacing, what {@code \s} matches. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
