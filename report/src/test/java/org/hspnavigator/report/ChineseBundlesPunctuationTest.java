package org.hspnavigator.report;

import java.nio.file.Path;
import org.hspnavigator.formats.text.ChinesePunctuation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Chinese texts of the PDF reports (the point sheet, the summary) are punctuated full-width. */
class ChineseBundlesPunctuationTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.hspnavigator.formats.text.ChinesePunctuation#bundlesOfThisModule")
    void punctuatedFullWidth(Path bundle) {
        ChinesePunctuation.assertFullWidth(bundle);
    }
}
