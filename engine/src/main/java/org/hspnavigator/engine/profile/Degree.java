package org.hspnavigator.engine.profile;

import java.util.Objects;
import java.util.Optional;

/**
 * One degree the applicant holds.
 *
 * @param level                the degree level
 * @param field                the subject, when given; compared case-insensitively for the
 *                             multiple-fields bonus
 * @param inJapan              awarded by a Japanese university or graduate course
 * @param designatedUniversity the university is on the Ministry of Justice designated list
 * @param japaneseMajor        the degree was a Japanese-language major
 */
public record Degree(DegreeLevel level, Optional<String> field, boolean inJapan, boolean designatedUniversity,
        boolean japaneseMajor) {

    public Degree {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(field, "field");
    }
}
