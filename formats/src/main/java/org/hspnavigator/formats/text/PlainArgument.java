package org.hspnavigator.formats.text;

import java.text.DateFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Date;
import java.util.Locale;

/**
 * The format of a {@link java.text.MessageFormat} argument that names no format type ({@code {0}}),
 * writing what MessageFormat itself writes there: a number with the locale's number format, a date
 * with its short date and time, any other value as its text. MessageFormat makes a new number format
 * for every such number it writes, which cost more than the rest of an explanation; this one keeps its
 * own, and so, like MessageFormat, serves one thread at a time.
 */
final class PlainArgument extends Format {

    private static final long serialVersionUID = 1L;

    private final Locale locale;
    private NumberFormat numbers;

    PlainArgument(Locale locale) {
        this.locale = locale;
    }

    @Override
    public StringBuffer format(Object value, StringBuffer text, FieldPosition position) {
        if (value instanceof Number) {
            if (numbers == null) {
                numbers = NumberFormat.getInstance(locale);
            }
            return numbers.format(value, text, position);
        }
        if (value instanceof Date) {
            return DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT, locale).format(value, text, position);
        }
        String plain = value instanceof String string ? string : value.toString();
        return text.append(plain == null ? "null" : plain);
    }

    /** Explanations are only written, never read back. */
    @Override
    public Object parseObject(String source, ParsePosition position) {
        throw new UnsupportedOperationException("explanations are not parsed");
    }
}
