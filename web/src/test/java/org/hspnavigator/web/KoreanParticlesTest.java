package org.hspnavigator.web;

import java.nio.file.Path;
import org.hspnavigator.formats.text.KoreanParticles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Korean texts of the pages, the workspace and the console (*_ko.properties) put after each noun the
 * particle that agrees with it.
 */
class KoreanParticlesTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.hspnavigator.formats.text.KoreanParticles#bundlesOfThisModule")
    void particlesAgree(Path bundle) {
        KoreanParticles.assertAgree(bundle);
    }
}
