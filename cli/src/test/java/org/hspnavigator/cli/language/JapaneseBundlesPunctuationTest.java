package org.hspnavigator.cli.language;

import java.nio.file.Path;
import org.hspnavigator.formats.text.JapanesePunctuation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The command line's Japanese texts (help, outputs, problems) are punctuated full-width. */
class JapaneseBundlesPunctuationTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.hspnavigator.formats.text.JapanesePunctuation#bundlesOfThisModule")
    void punctuatedFullWidth(Path bundle) {
        JapanesePunctuation.assertFullWidth(bundle);
    }
}
