package org.hspnavigator.formats.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where a command finds its language when {@code --lang} is not given: the environment variable
 * {@code HSP_LANG}, then the system's locale; the same for the commands of the command line and for
 * those of the server's jar ({@code hsp serve}, {@code hsp admin}, {@code hsp backup}, {@code hsp restore}).
 * The launcher passes the real ones; tests pass their own, so that a test's output never depends on the
 * machine it runs on.
 *
 * @param variables the environment variables by name (null when unset)
 * @param locale    the system's locale
 */
public record LanguageEnvironment(UnaryOperator<String> variables, Locale locale) {

    public static final String VARIABLE = "HSP_LANG";

    /** The process's own environment and default locale. */
    public static LanguageEnvironment system() {
        return new LanguageEnvironment(System::getenv, Locale.getDefault());
    }

    /** No variable and no system language: every command speaks English unless {@code --lang} says otherwise. */
    public static LanguageEnvironment english() {
        return new LanguageEnvironment(name -> null, Locale.ROOT);
    }

    /**
     * The language of a command: {@code option} (the value of {@code --lang}, null when not given),
     * else {@code HSP_LANG}, else the system's language when it is one of the five, else English. The
     * one place that order is decided, for the texts a command prints and for its usage help alike.
     *
     * @throws UnknownLanguage when the option or the variable names no language of the five
     */
    public Language choose(String option) {
        if (option != null) {
            return Language.byTag(option).orElseThrow(() -> new UnknownLanguage("--lang", option));
        }
        String variable = variables.apply(VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return Language.byTag(variable).orElseThrow(() -> new UnknownLanguage(VARIABLE, variable));
        }
        return Language.of(locale).orElse(Language.EN);
    }

    /**
     * The language in which to tell that a language is not one of the five: {@code HSP_LANG} when it
     * names one of them, else the system's language when it is one, else English. Never the unknown
     * language itself, and never an error: the one who typed it must read why it was refused.
     */
    public Language forUnknownLanguage() {
        String variable = variables.apply(VARIABLE);
        if (variable != null) {
            Optional<Language> named = Language.byTag(variable);
            if (named.isPresent()) {
                return named.get();
            }
        }
        return Language.of(locale).orElse(Language.EN);
    }

    /**
     * The language of the usage help of the command line {@code args}: the one {@link #choose} picks for
     * the last {@code --lang X} or {@code --lang=X} before {@code --}. A language that is not one of the
     * five gives the help, and the usage error that follows, in {@link #forUnknownLanguage}.
     */
    public Language forHelp(List<String> args) {
        String option = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                break;
            }
            if (arg.equals("--lang") && i + 1 < args.size()) {
                option = args.get(++i);
            } else if (arg.startsWith("--lang=")) {
                option = arg.substring("--lang=".length());
            }
        }
        try {
            return choose(option);
        } catch (UnknownLanguage unknown) {
            return forUnknownLanguage();
        }
    }

    /** A language named by {@code --lang} or {@code HSP_LANG} that is not one of the five. */
    public static final class UnknownLanguage extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String source;
        private final String tag;

        UnknownLanguage(String source, String tag) {
            super(source + ": unknown language '" + tag + "'; expected one of " + Language.tags());
            this.source = source;
            this.tag = tag;
        }

        /** Where the language was named: {@code --lang} or {@code HSP_LANG}. */
        public String source() {
            return source;
        }

        /** The language as it was written. */
        public String tag() {
            return tag;
        }
    }
}
