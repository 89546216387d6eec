package org.hspnavigator.cli.language;

import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.text.LanguageEnvironment;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --lang} option of the commands that print texts, as a picocli mixin: the language of
 * the explanations, verdicts and headings, in the JSON output too (its keys and values stay as they
 * are). Without the option: {@code HSP_LANG}, else the system's language when it is one of the five,
 * else English. An unknown language, in the option or the variable, is a usage error (exit 2).
 */
public final class LanguageOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    private final LanguageEnvironment environment;
    private String option;
    private Language chosen;

    public LanguageOption(LanguageEnvironment environment) {
        this.environment = environment;
    }

    public LanguageOption() {
        this(LanguageEnvironment.english());
    }

    @Option(names = "--lang", paramLabel = "LANG",
            description = "The language of the texts: en, ja, zh, zh-Hant or ko. Default: the environment "
                    + "variable HSP_LANG, else the system's language, else en.")
    void lang(String tag) {
        option = tag;
        chosen = null;
        language();
    }

    /** The language of the texts. */
    public Language language() {
        if (chosen == null) {
            try {
                chosen = environment.choose(option);
            } catch (LanguageEnvironment.UnknownLanguage unknown) {
                throw new ParameterException(command.commandLine(), unknown.getMessage(), unknown, null, unknown.tag());
            }
        }
        return chosen;
    }
}
