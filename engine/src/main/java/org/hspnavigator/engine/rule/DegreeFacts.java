package org.hspnavigator.engine.rule;

import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.profile.Degree;

/**
 * The facts about a profile's degrees that several rules, in every category, ask for: found once per
 * profile instead of by each rule in each category; the degree fields in particular are compared (in
 * their Unicode normal form, see {@link MultipleFieldDegrees}) once, for the bonus.
 */
final class DegreeFacts {

    private final Optional<Degree> firstInJapan;
    private final Optional<Degree> firstJapaneseMajorAbroad;
    private final boolean anyDesignatedUniversity;
    private final int graduateDegrees;
    /** The fields of the graduate degrees, each once, as first written. */
    private final List<String> distinctGraduateFields;

    DegreeFacts(List<Degree> degrees) {
        Degree inJapan = null;
        Degree japaneseMajorAbroad = null;
        boolean designated = false;
        int graduate = 0;
        int graduateWithField = 0;
        for (int i = 0; i < degrees.size(); i++) { // by index: no iterator to allocate
            Degree degree = degrees.get(i);
            if (inJapan == null && degree.inJapan()) {
                inJapan = degree;
            }
            if (japaneseMajorAbroad == null && degree.japaneseMajor() && !degree.inJapan()) {
                japaneseMajorAbroad = degree;
            }
            designated |= degree.designatedUniversity();
            if (degree.level().isGraduate()) {
                graduate++;
                if (degree.field().isPresent()) {
                    graduateWithField++;
                }
            }
        }
        this.firstInJapan = Optional.ofNullable(inJapan);
        this.firstJapaneseMajorAbroad = Optional.ofNullable(japaneseMajorAbroad);
        this.anyDesignatedUniversity = designated;
        this.graduateDegrees = graduate;
        // Fewer than two fields can never be two distinct ones: skip the comparisons.
        this.distinctGraduateFields = graduateWithField >= 2 ? MultipleFieldDegrees.distinctGraduateFields(degrees)
                : List.of();
    }

    /** The first degree awarded in Japan, if any. */
    Optional<Degree> firstInJapan() {
        return firstInJapan;
    }

    /** The first Japanese-language major taken at a foreign university, if any. */
    Optional<Degree> firstJapaneseMajorAbroad() {
        return firstJapaneseMajorAbroad;
    }

    boolean anyDesignatedUniversity() {
        return anyDesignatedUniversity;
    }

    /** Doctoral, master's and professional degrees held. */
    int graduateDegrees() {
        return graduateDegrees;
    }

    /** Whether the graduate degrees are in two or more different fields (docs/rules.md §2). */
    boolean multipleFields() {
        return distinctGraduateFields.size() >= 2;
    }

    /**
     * The fields of the graduate degrees, each once, as first written (see
     * {@link MultipleFieldDegrees#distinctGraduateFields}); empty when fewer than two degrees state one.
     */
    List<String> distinctGraduateFields() {
        return distinctGraduateFields;
    }
}
