package org.hspnavigator.cli.language;

import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Stream;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.text.TranslationBundlesTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every translation of the commands' own words, and of the problems they report, keeps the English keys and arguments. */
class CommandTextsTest {

    static Stream<Language> translations() {
        return Arrays.stream(Language.values()).filter(language -> language != Language.EN);
    }

    @ParameterizedTest
    @MethodSource("translations")
    void sameKeysAndArguments(Language language) throws IOException {
        TranslationBundlesTest.assertSameKeysAndArguments("/org/hspnavigator/cli/language/", "texts", language, false);
    }

    @ParameterizedTest
    @MethodSource("translations")
    void problemsKeepTheKeysAndArguments(Language language) throws IOException {
        TranslationBundlesTest.assertSameKeysAndArguments("/org/hspnavigator/cli/language/", "problems", language, false);
    }
}
