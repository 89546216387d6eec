package org.hspnavigator.report;

import java.nio.file.Path;
import org.hspnavigator.formats.text.KoreanParticles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Korean texts of the PDF reports (the point sheet, the summary) put after each noun the particle that agrees with it. */
class KoreanParticlesTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.hspnavigator.formats.text.KoreanParticles#bundlesOfThisModule")
    void particlesAgree(Path bundle) {
        KoreanParticles.assertAgree(bundle);
    }
}
