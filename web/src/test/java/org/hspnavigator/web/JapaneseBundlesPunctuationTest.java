package org.hspnavigator.web;

import java.nio.file.Path;
import org.hspnavigator.formats.text.JapanesePunctuation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Japanese texts of the pages, the workspace and the console (*_ja.properties) are punctuated
 * full-width: （）：？！ and 、, the ASCII marks kept inside numbers, codes, addresses and placeholders.
 */
class JapaneseBundlesPunctuationTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.hspnavigator.formats.text.JapanesePunctuation#bundlesOfThisModule")
    void punctuatedFullWidth(Path bundle) {
        JapanesePunctuation.assertFullWidth(bundle);
    }
}
