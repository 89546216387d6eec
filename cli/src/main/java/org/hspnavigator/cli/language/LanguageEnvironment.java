package org.hspnavigator.cli.language;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Where a command finds its language when {@code --lang} is not given: the environment variable
 * {@code HSP_LANG}, then the system's locale. The launcher passes the real ones; tests pass their own,
 * so that a test's output never depends on the machine it runs on.
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
}
