package org.hspnavigator.formats.text;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checks of {@link BundleScripts} on the Traditional Chinese and Korean bundles of the module whose tests
 * run: each module's test extends it, so that a bundle added to any module is checked.
 */
public abstract class BundleScriptsOfThisModule {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.hspnavigator.formats.text.BundleScripts#traditionalBundlesOfThisModule")
    protected void traditionalChineseIsTraditional(Path bundle) {
        BundleScripts.assertTraditional(bundle);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.hspnavigator.formats.text.BundleScripts#koreanBundlesOfThisModule")
    protected void koreanIsHangul(Path bundle) {
        BundleScripts.assertKorean(bundle);
    }
}
