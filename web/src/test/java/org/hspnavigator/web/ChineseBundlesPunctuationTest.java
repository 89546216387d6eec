package org.hspnavigator.web;

import java.nio.file.Path;
import org.hspnavigator.formats.text.ChinesePunctuation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Chinese texts of the pages and the workspace (i18n/*_zh*.properties) are punctuated full-width; the
 * rule books' are checked by the rule book's own test.
 */
class ChineseBundlesPunctuationTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.hspnavigator.formats.text.ChinesePunctuation#bundlesOfThisModule")
    void punctuatedFullWidth(Path bundle) {
        ChinesePunctuation.assertFullWidth(bundle);
    }
}
