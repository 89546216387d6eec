package org.hspnavigator.web;

import java.nio.file.Path;
import org.hspnavigator.formats.text.BundleScripts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Traditional Chinese texts of the pages, the workspace and the server's console are traditional characters
 * and Taiwan's words, the Korean ones Hangul beside the official Japanese terms; the rule books are checked by
 * RuleBookTranslationsTest.
 */
class BundleScriptsTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.hspnavigator.formats.text.BundleScripts#traditionalBundlesOfThisModule")
    void traditionalChineseIsTraditional(Path bundle) {
        BundleScripts.assertTraditional(bundle);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.hspnavigator.formats.text.BundleScripts#koreanBundlesOfThisModule")
    void koreanIsHangul(Path bundle) {
        BundleScripts.assertKorean(bundle);
    }
}
