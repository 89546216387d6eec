package org.hspnavigator.cli.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hspnavigator.cli.Cli;
import org.hspnavigator.cli.HspCommand;
import org.hspnavigator.formats.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The usage help of every command and option in each of the four translations: every English text of
 * the help has its translation (no English left, an example command line aside), with the English
 * text's placeholders, line breaks and option names; the four bundles hold the same keys.
 */
class UsageHelpTranslationsTest {

    /** What must survive translation: picocli's variables, its line breaks and percent signs, option names. */
    private static final Pattern KEPT = Pattern.compile("\\$\\{[A-Z-]+}|%n|%%|--[a-z][a-z-]*|HSP_[A-Z_]+");
    private static final Pattern LETTERS = Pattern.compile("[A-Za-z]{2,}");

    static Stream<Language> translations() {
        return Arrays.stream(Language.values()).filter(language -> language != Language.EN);
    }

    @ParameterizedTest
    @MethodSource("translations")
    void everyTextOfTheHelpIsTranslatedWithItsPlaceholders(Language language) {
        Map<String, String> english = texts(Language.EN);
        Map<String, String> translated = texts(language);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> text : english.entrySet()) {
            String translation = translated.get(text.getKey());
            if (needsTranslation(text.getKey(), text.getValue()) && text.getValue().equals(translation)) {
                problems.add("untranslated: " + text.getKey() + " = " + text.getValue());
            } else if (!kept(text.getValue()).equals(kept(translation))) {
                problems.add("placeholders: " + text.getKey() + " = " + text.getValue() + " -> " + translation);
            }
        }
        for (String where : translated.keySet()) {
            if (!english.containsKey(where)) {
                problems.add("not in English: " + where + " = " + translated.get(where));
            }
        }
        assertThat(problems).as("the %s help", language.tag()).isEmpty();
    }

    @Test
    void theFourBundlesHoldTheSameKeysEachForACommandThatExists() throws IOException {
        Set<String> names = new TreeSet<>();
        commands(HspCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                Cli.CLOCK, new ByteArrayInputStream(new byte[0])).getCommandSpec(), names);
        Set<String> japanese = keys(Language.JA);
        for (Language language : translations().toList()) {
            assertThat(keys(language)).as("keys of %s", language.tag()).isEqualTo(japanese);
        }
        for (String key : japanese) {
            if (key.startsWith("hsp.") || key.equals("hsp")) {
                assertThat(names.stream().anyMatch(name -> key.startsWith(name + ".")))
                        .as("%s names a command", key).isTrue();
            }
        }
    }

    /** Every text of the usage help of every command, by where it stands, in {@code language}. */
    private static Map<String, String> texts(Language language) {
        CommandLine commandLine = HspCommand.commandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), Cli.CLOCK, new ByteArrayInputStream(new byte[0]));
        UsageHelpLanguage.apply(commandLine, language);
        Map<String, String> texts = new LinkedHashMap<>();
        collect(commandLine.getCommandSpec(), texts);
        return texts;
    }

    private static void collect(CommandSpec command, Map<String, String> texts) {
        String name = command.qualifiedName(".");
        UsageMessageSpec usage = command.usageMessage();
        put(texts, name + " headerHeading", usage.headerHeading());
        put(texts, name + " header", usage.header());
        put(texts, name + " synopsisHeading", usage.synopsisHeading());
        put(texts, name + " descriptionHeading", usage.descriptionHeading());
        put(texts, name + " description", usage.description());
        // A heading prints only above a section that has lines.
        if (command.positionalParameters().stream().anyMatch(parameter -> !parameter.hidden())) {
            put(texts, name + " parameterListHeading", usage.parameterListHeading());
        }
        if (!command.options().isEmpty()) {
            put(texts, name + " optionListHeading", usage.optionListHeading());
        }
        if (!command.subcommands().isEmpty()) {
            put(texts, name + " commandListHeading", usage.commandListHeading());
        }
        if (!usage.exitCodeList().isEmpty()) {
            put(texts, name + " exitCodeListHeading", usage.exitCodeListHeading());
        }
        if (usage.footer().length > 0) {
            put(texts, name + " footerHeading", usage.footerHeading());
        }
        put(texts, name + " footer", usage.footer());
        usage.exitCodeList().forEach((code, text) -> texts.put(name + " exit " + code, text));
        for (ArgSpec arg : command.args()) {
            if (!arg.hidden()) {
                put(texts, name + " " + arg.paramLabel() + " " + arg.descriptionKey(), arg.description());
            }
        }
        for (CommandLine sub : command.subcommands().values()) {
            if (sub.getCommandSpec().parent() == command) {
                collect(sub.getCommandSpec(), texts);
            }
        }
    }

    private static void put(Map<String, String> texts, String where, String... lines) {
        for (int i = 0; i < lines.length; i++) {
            texts.put(where + " " + i, lines[i]);
        }
    }

    private static void put(Map<String, String> texts, String where, String text) {
        texts.put(where, text);
    }

    /** A text with words, except a line of an example (indented, a command line to copy). */
    private static boolean needsTranslation(String where, String text) {
        return LETTERS.matcher(text).find() && !(where.contains(" footer ") && text.startsWith("  "));
    }

    private static List<String> kept(String text) {
        List<String> kept = new ArrayList<>();
        Matcher m = KEPT.matcher(text == null ? "" : text);
        while (m.find()) {
            kept.add(m.group());
        }
        kept.sort(null);
        return kept;
    }

    private static void commands(CommandSpec command, Set<String> names) {
        names.add(command.qualifiedName("."));
        for (CommandLine sub : command.subcommands().values()) {
            if (sub.getCommandSpec().parent() == command) {
                commands(sub.getCommandSpec(), names);
            }
        }
    }

    private static Set<String> keys(Language language) throws IOException {
        String file = "/" + UsageHelpLanguage.BUNDLE.replace('.', '/') + "_" + language.tag().replace('-', '_')
                + ".properties";
        Properties properties = new Properties();
        try (InputStream in = UsageHelpTranslationsTest.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
