package org.hspnavigator.formats.text;

import java.text.ChoiceFormat;
import java.text.DateFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

/**
 * A message pattern parsed once into its literal texts and its arguments, writing what a new
 * {@link MessageFormat} of the same pattern writes, and shared by every thread: it keeps no state while
 * it writes. MessageFormat and its number formats keep state while they write, so each thread needed
 * its own parsed copy of every pattern; on a server's many threads those copies did not stay in the
 * processor's caches, and formatting through them allocated a buffer and a field position per argument.
 */
final class MessagePattern {

    /** Stands for an argument in the text MessageFormat writes when the pattern is taken apart (a private-use character). */
    private static final char MARK = '\uE000';

    private final String[] literals;
    private final Argument[] arguments;
    /** The pattern as MessageFormat holds it, when it cannot be taken apart (it holds the mark itself). */
    private final MessageFormat whole;

    private MessagePattern(String[] literals, Argument[] arguments, MessageFormat whole) {
        this.literals = literals;
        this.arguments = arguments;
        this.whole = whole;
    }

    /** The pattern as MessageFormat reads it in {@code locale}. */
    static MessagePattern parse(String pattern, Locale locale) {
        MessageFormat format = new MessageFormat(pattern, locale);
        Format[] formats = format.getFormats();
        if (pattern.indexOf(MARK) >= 0 || formats.length > Character.MAX_VALUE - MARK) {
            return new MessagePattern(null, null, format);
        }
        // MessageFormat writes the literal texts as they are and each argument through its format:
        // formats that write a mark and the argument's index take the literals apart from the arguments.
        Format[] marks = new Format[formats.length];
        int[] indexes = new int[formats.length];
        for (int i = 0; i < formats.length; i++) {
            int occurrence = i;
            marks[i] = new Mark(index -> indexes[occurrence] = index, occurrence);
        }
        format.setFormats(marks);
        Object[] numbered = new Object[format.getFormatsByArgumentIndex().length];
        for (int i = 0; i < numbered.length; i++) {
            numbered[i] = i;
        }
        String marked = format.format(numbered);
        List<String> literals = new ArrayList<>();
        int start = 0;
        for (int at = marked.indexOf(MARK); at >= 0; at = marked.indexOf(MARK, start)) {
            literals.add(marked.substring(start, at));
            start = at + 2;
        }
        literals.add(marked.substring(start));
        Argument[] arguments = new Argument[formats.length];
        for (int i = 0; i < formats.length; i++) {
            arguments[i] = argument(indexes[i], formats[i], locale);
        }
        return new MessagePattern(literals.toArray(String[]::new), arguments, null);
    }

    String format(Object[] values) {
        StringBuilder text = new StringBuilder(64);
        append(text, values);
        return text.toString();
    }

    void append(StringBuilder text, Object[] values) {
        if (whole != null) {
            text.append(((MessageFormat) whole.clone()).format(values));
            return;
        }
        text.append(literals[0]);
        for (int i = 0; i < arguments.length; i++) {
            arguments[i].append(text, values);
            text.append(literals[i + 1]);
        }
    }

    private static Argument argument(int index, Format format, Locale locale) {
        if (format == null) {
            return new Plain(index, locale);
        }
        if (format instanceof ChoiceFormat choice) {
            return new Choice(index, choice, locale);
        }
        if (format instanceof NumberFormat number) {
            return new Numeric(index, WholeNumbers.of(number));
        }
        return new Other(index, format);
    }

    /** One argument of the pattern, written as MessageFormat writes it. */
    private abstract static class Argument {

        final int index;

        Argument(int index) {
            this.index = index;
        }

        final void append(StringBuilder text, Object[] values) {
            if (values == null || index >= values.length) {
                text.append('{').append(index).append('}');
                return;
            }
            Object value = values[index];
            if (value == null) {
                text.append("null");
                return;
            }
            appendValue(text, value, values);
        }

        abstract void appendValue(StringBuilder text, Object value, Object[] values);
    }

    /**
     * An argument that names no format type ({@code {0}}): a number in the locale's number format (a
     * whole number without a new format), a date with its short date and time, any other value as its text.
     */
    private static final class Plain extends Argument {

        private final Locale locale;
        private final WholeNumbers numbers;

        Plain(int index, Locale locale) {
            super(index);
            this.locale = locale;
            this.numbers = WholeNumbers.of(NumberFormat.getInstance(locale));
        }

        @Override
        void appendValue(StringBuilder text, Object value, Object[] values) {
            if (value instanceof String string) {
                text.append(string);
            } else if (value instanceof Number) {
                numbers.append(text, value);
            } else if (value instanceof Date) {
                text.append(DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT, locale).format(value));
            } else {
                String plain = value.toString();
                text.append(plain == null ? "null" : plain);
            }
        }
    }

    /** An argument with a number format ({@code {0,number,#,##0}}). */
    private static final class Numeric extends Argument {

        private final WholeNumbers numbers;

        Numeric(int index, WholeNumbers numbers) {
            super(index);
            this.numbers = numbers;
        }

        @Override
        void appendValue(StringBuilder text, Object value, Object[] values) {
            numbers.append(text, value);
        }
    }

    /**
     * A choice ({@code {0,choice,1#1 year|1<{0} years}}): a choice format is not changed by writing, so it
     * is shared; a chosen text that holds an argument is a pattern of all the message's arguments, as
     * MessageFormat reads it, each parsed once.
     */
    private static final class Choice extends Argument {

        private final ChoiceFormat choice;
        private final double[] limits;
        private final String[] texts;
        private final Locale locale;
        private final Map<String, MessagePattern> nested = new ConcurrentHashMap<>();

        Choice(int index, ChoiceFormat choice, Locale locale) {
            super(index);
            this.choice = choice;
            this.limits = choice.getLimits();
            Object[] formats = choice.getFormats();
            this.texts = new String[formats.length];
            for (int i = 0; i < formats.length; i++) {
                texts[i] = (String) formats[i];
            }
            this.locale = locale;
        }

        @Override
        void appendValue(StringBuilder text, Object value, Object[] values) {
            String chosen = value instanceof Integer || value instanceof Long
                    ? chosen(((Number) value).longValue()) : choice.format(value);
            if (chosen.indexOf('{') < 0) {
                text.append(chosen);
                return;
            }
            MessagePattern pattern = nested.get(chosen);
            if (pattern == null) {
                pattern = nested.computeIfAbsent(chosen, chosenText -> parse(chosenText, locale));
            }
            pattern.append(text, values);
        }

        /**
         * The text ChoiceFormat chooses for a whole number, as its {@code format(double)} chooses: the
         * last limit the number reaches, the first when it reaches none. Through {@code format(Object)}
         * each choice made a buffer and a field position.
         */
        private String chosen(long number) {
            double value = number;
            int i = 0;
            while (i < limits.length && value >= limits[i]) {
                i++;
            }
            return texts[Math.max(i - 1, 0)];
        }
    }

    /** An argument with any other format (a date, a time): written by a copy of the format, as it keeps state. */
    private static final class Other extends Argument {

        private final Format format;

        Other(int index, Format format) {
            super(index);
            this.format = format;
        }

        @Override
        void appendValue(StringBuilder text, Object value, Object[] values) {
            text.append(((Format) format.clone()).format(value));
        }
    }

    /** Writes the mark and the occurrence, and tells which argument the occurrence stands for. */
    private static final class Mark extends Format {

        private static final long serialVersionUID = 1L;

        private final transient IntConsumer argumentIndex;
        private final int occurrence;

        Mark(IntConsumer argumentIndex, int occurrence) {
            this.argumentIndex = argumentIndex;
            this.occurrence = occurrence;
        }

        @Override
        public StringBuffer format(Object value, StringBuffer text, FieldPosition position) {
            argumentIndex.accept((Integer) value);
            return text.append(MARK).append((char) (MARK + 1 + occurrence));
        }

        @Override
        public Object parseObject(String source, ParsePosition position) {
            throw new UnsupportedOperationException("only written");
        }
    }
}
