package org.hspnavigator.formats.text;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The check of {@link RepositoryFileNames} on every bundle of the module whose tests run: each module's test
 * extends it, so that a bundle added to any module is checked.
 */
public abstract class RepositoryFileNamesOfThisModule {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.hspnavigator.formats.text.RepositoryFileNames#bundlesOfThisModule")
    protected void namesNoRepositoryFile(Path bundle) {
        RepositoryFileNames.assertNoneNamed(bundle);
    }
}
