package org.hspnavigator.formats.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every translation of a user-visible bundle of this package keeps the English bundle's keys, and
 * every text keeps the arguments of its English text: a translation that drops {2} would hide a
 * value, one that adds {3} would print a blank, and a stray quote would swallow the rest of a pattern.
 */
public class TranslationBundlesTest {

    private static final String PACKAGE = "/org/hspnavigator/formats/text/";
    /** The bundles the engine's messages, the questions, the FAQ and the problems of bad input are worded from. */
    static final List<String> BUNDLES = List.of("messages", "fields", "case-fields", "family", "checklist", "faq",
            "validation");
    /** Bundles whose texts are used verbatim, never as MessageFormat patterns. */
    private static final Set<String> VERBATIM = Set.of("fields", "case-fields", "faq");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern QUOTED = Pattern.compile("'[^']*'");

    static List<Object[]> translations() {
        List<Object[]> all = new java.util.ArrayList<>();
        for (String bundle : BUNDLES) {
            for (Language language : Language.values()) {
                if (language != Language.EN) {
                    all.add(new Object[] {bundle, language});
                }
            }
        }
        return all;
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("translations")
    void sameKeysAndArguments(String bundle, Language language) throws IOException {
        assertSameKeysAndArguments(PACKAGE, bundle, language, VERBATIM.contains(bundle));
    }

    /**
     * Asserts that the translation of the bundle {@code path + bundle} into {@code language} has the
     * English keys and, unless its texts are used verbatim, each text the English text's arguments.
     */
    public static void assertSameKeysAndArguments(String path, String bundle, Language language, boolean verbatim)
            throws IOException {
        Properties english = load(path + bundle + ".properties");
        Properties translated = load(path + bundle + "_" + language.tag().replace('-', '_') + ".properties");
        assertThat(new TreeSet<>(translated.stringPropertyNames())).as("keys of %s in %s", bundle, language.tag())
                .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            String text = translated.getProperty(key);
            assertThat(text).as("%s in %s", key, language.tag()).isNotBlank();
            if (verbatim || key.startsWith("value.") || key.equals("list.separator")) {
                continue;
            }
            assertThatCode(() -> new MessageFormat(text)).as("%s in %s", key, language.tag()).doesNotThrowAnyException();
            assertThat(arguments(text)).as("arguments of %s in %s", key, language.tag())
                    .isEqualTo(arguments(english.getProperty(key)));
        }
    }

    /** The argument numbers a pattern uses, nested choices included, quoted text left out. */
    private static Set<Integer> arguments(String pattern) {
        String unquoted = QUOTED.matcher(pattern.replace("''", "")).replaceAll("");
        Set<Integer> numbers = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(unquoted);
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group(1)));
        }
        return numbers;
    }

    private static Properties load(String file) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
