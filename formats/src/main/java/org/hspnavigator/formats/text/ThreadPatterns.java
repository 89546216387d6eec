package org.hspnavigator.formats.text;

import java.text.ChoiceFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.ParsePosition;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The message patterns of one thread, each parsed once and then formatted again and again, writing what
 * a new {@link MessageFormat} of the same pattern writes. MessageFormat makes a new number format for
 * each number that names no format type ({@code {0}}), and a new MessageFormat, parsed anew, for each
 * choice that holds an argument ({@code {0,choice,1#1 year|1<{0} years}}); here both are made once
 * ({@link PlainArgument}, {@link NestedChoice}). A MessageFormat and its formats keep state while they
 * write, so a set of patterns serves one thread.
 */
final class ThreadPatterns {

    private final Locale locale;
    private final Function<String, String> patterns;
    private final Map<String, MessageFormat> byKey = new HashMap<>();
    private final Map<String, MessageFormat> byChoice = new HashMap<>();
    /** The arguments of the message being written, which a choice's pattern formats as a whole. */
    private Object[] arguments;

    /** Patterns in {@code locale}, each found by its key with {@code patterns}. */
    ThreadPatterns(Locale locale, Function<String, String> patterns) {
        this.locale = locale;
        this.patterns = patterns;
    }

    String format(String key, Object[] arguments) {
        MessageFormat format = byKey.computeIfAbsent(key, k -> parse(patterns.apply(k)));
        Object[] outer = this.arguments;
        this.arguments = arguments;
        try {
            return format.format(arguments);
        } finally {
            this.arguments = outer;
        }
    }

    private MessageFormat parse(String pattern) {
        MessageFormat format = new MessageFormat(pattern, locale);
        Format[] formats = format.getFormats();
        for (int i = 0; i < formats.length; i++) {
            if (formats[i] == null) {
                formats[i] = new PlainArgument(locale);
            } else if (formats[i] instanceof ChoiceFormat choice && holdsArgument(choice)) {
                formats[i] = new NestedChoice(choice);
            }
        }
        format.setFormats(formats);
        return format;
    }

    private static boolean holdsArgument(ChoiceFormat choice) {
        for (Object text : choice.getFormats()) {
            if (text.toString().indexOf('{') >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A choice whose chosen text, when it holds an argument, is itself a pattern of all the message's
     * arguments, as MessageFormat reads it; each such text is parsed once.
     */
    private final class NestedChoice extends Format {

        private static final long serialVersionUID = 1L;

        private final ChoiceFormat choice;

        NestedChoice(ChoiceFormat choice) {
            this.choice = choice;
        }

        @Override
        public StringBuffer format(Object value, StringBuffer text, FieldPosition position) {
            String chosen = choice.format(value);
            if (chosen.indexOf('{') < 0) {
                return text.append(chosen);
            }
            return text.append(byChoice.computeIfAbsent(chosen, ThreadPatterns.this::parse).format(arguments));
        }

        /** Explanations are only written, never read back. */
        @Override
        public Object parseObject(String source, ParsePosition position) {
            throw new UnsupportedOperationException("explanations are not parsed");
        }
    }
}
