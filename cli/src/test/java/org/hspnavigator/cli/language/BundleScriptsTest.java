package org.hspnavigator.cli.language;

import java.nio.file.Path;
import org.hspnavigator.formats.text.BundleScripts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line's Traditional Chinese texts are traditional characters and Taiwan's words, its Korean ones
 * Hangul beside the official Japanese terms.
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
