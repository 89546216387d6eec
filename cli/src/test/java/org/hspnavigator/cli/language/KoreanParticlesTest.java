package org.hspnavigator.cli.language;

import java.nio.file.Path;
import org.hspnavigator.formats.text.KoreanParticles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The command line's Korean texts (help, outputs, problems) put after each noun the particle that agrees with it. */
class KoreanParticlesTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.hspnavigator.formats.text.KoreanParticles#bundlesOfThisModule")
    void particlesAgree(Path bundle) {
        KoreanParticles.assertAgree(bundle);
    }
}
