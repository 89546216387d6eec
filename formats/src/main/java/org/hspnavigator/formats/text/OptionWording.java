package org.hspnavigator.formats.text;

import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording, in a language other than English, of the option labels the engine writes in English
 * for its salary brackets ({@code ¥8,000,000 to under ¥9,000,000}, {@code under ¥10,000,000},
 * {@code ¥10,000,000 or more}, {@code any}): the bounds are read back and worded by the
 * {@code bracket.*} texts of the bundle (800万円以上900万円未満 reads 8,000,000円以上9,000,000円未満). A
 * label of no known shape is returned as it is: it is then a value the applicant wrote.
 */
final class OptionWording {

    private static final Pattern YEN_RANGE = Pattern.compile("¥([\\d,]+) to under ¥([\\d,]+)");
    private static final Pattern YEN_UNDER = Pattern.compile("under ¥([\\d,]+)");
    private static final Pattern YEN_AT_LEAST = Pattern.compile("¥([\\d,]+) or more");

    private final BiFunction<String, Object[], String> texts;

    OptionWording(BiFunction<String, Object[], String> texts) {
        this.texts = texts;
    }

    String word(String label) {
        if (label.equals("any")) {
            return texts.apply("bracket.any", new Object[0]);
        }
        Matcher m;
        if ((m = YEN_RANGE.matcher(label)).matches()) {
            return texts.apply("bracket.yen.range", new Object[] {yen(m.group(1)), yen(m.group(2))});
        }
        if ((m = YEN_UNDER.matcher(label)).matches()) {
            return texts.apply("bracket.yen.under", new Object[] {yen(m.group(1))});
        }
        if ((m = YEN_AT_LEAST.matcher(label)).matches()) {
            return texts.apply("bracket.yen.atLeast", new Object[] {yen(m.group(1))});
        }
        return label;
    }

    private static long yen(String grouped) {
        return Long.parseLong(grouped.replace(",", ""));
    }
}
