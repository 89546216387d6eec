package org.hspnavigator.formats.advice;

import org.hspnavigator.formats.validation.ParameterValue;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.formats.validation.WholeNumberParameter;

/**
 * What advice is asked for beside its profile: the points to reach and how many suggestions to show.
 * The command line ({@code --target}, {@code --limit}) and the API ({@code target}, {@code limit})
 * read them here, so that both refuse the same values in the same words.
 */
public final class AdviceOptions {

    /** The points of the visa, the target when none is given. */
    public static final int DEFAULT_TARGET = 70;
    /** The suggestions shown when no limit is given. */
    public static final int DEFAULT_LIMIT = 5;

    private static final Problem TARGETS = Problem.of("query.target");
    private static final Problem POSITIVE = Problem.of("query.atLeast", 1);

    private AdviceOptions() {
    }

    /** The points to reach in {@code text}: 70 (the visa) or 80 (the one-year permanent-residence route). */
    public static ParameterValue<Integer> target(String text) {
        ParameterValue<Integer> number = WholeNumberParameter.parse(text, TARGETS);
        if (number.isRefused() || number.value() == 70 || number.value() == 80) {
            return number;
        }
        return ParameterValue.refused(WholeNumberParameter.outside(TARGETS, number.value()));
    }

    /** The number of suggestions to show in {@code text}: at least one. */
    public static ParameterValue<Integer> limit(String text) {
        ParameterValue<Integer> number = WholeNumberParameter.parse(text, POSITIVE);
        if (number.isRefused() || number.value() >= 1) {
            return number;
        }
        return ParameterValue.refused(WholeNumberParameter.outside(POSITIVE, number.value()));
    }
}
