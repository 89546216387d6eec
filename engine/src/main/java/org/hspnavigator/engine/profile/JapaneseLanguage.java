package org.hspnavigator.engine.profile;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Japanese-language test results.
 *
 * @param jlpt     the highest JLPT level passed, if any
 * @param bjtScore the BJT Business Japanese Proficiency Test score, if taken
 */
public record JapaneseLanguage(Optional<Jlpt> jlpt, OptionalInt bjtScore) {

    public static final JapaneseLanguage NONE = new JapaneseLanguage(Optional.empty(), OptionalInt.empty());

    public JapaneseLanguage {
        Objects.requireNonNull(jlpt, "jlpt");
        Objects.requireNonNull(bjtScore, "bjtScore");
    }
}
