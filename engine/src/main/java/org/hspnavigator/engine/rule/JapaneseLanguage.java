package org.hspnavigator.engine.rule;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.profile.Jlpt;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.table.AdditionTier;
import org.hspnavigator.engine.table.PointRow;
import org.hspnavigator.engine.table.RuleSet;
import org.hspnavigator.engine.table.Threshold;

/**
 * 日本語能力 (Japanese language), docs/rules.md §9, in two tiers. The N1 tier: JLPT N1, a BJT score at or
 * above the N1 threshold, or graduation from a foreign university with a Japanese major. The N2 tier
 * (from 2017-04-26): JLPT N2 or a BJT score at or above the N2 threshold, only when the N1 tier is not
 * met and the Japanese-university item is not awarded. No other level earns points.
 */
public final class JapaneseLanguage extends Criterion {

    /** The explanations that name only a JLPT level, one per level. */
    private static final Message[] JLPT_PASSED = new Message[Jlpt.values().length];
    private static final Note[] JLPT_NO_POINTS = new Note[Jlpt.values().length];
    private static final Note N2_NOT_IN_FORCE = (context, category) ->
            Message.of("note.japaneseLanguage.n2NotInForce", context.referenceDate(), context.rules().validity().from());
    private static final Explanation N2_WITH_JAPANESE_UNIVERSITY =
            Explanation.always(Message.of("item.japaneseLanguage.n2WithJapaneseUniversity"));

    /** Names what meets the N1 tier: the JLPT level, a BJT score, or a Japanese major abroad. */
    private static final Explanation N1_TIER_MET = (context, row) ->
            passed(context, row.category(), Jlpt.N1, Threshold.BJT_N1_TIER)
                    ? testPassed(context, row.category(), Jlpt.N1, Threshold.BJT_N1_TIER)
                    : Message.of("item.japaneseLanguage.japaneseMajor",
                            context.degrees().firstJapaneseMajorAbroad().orElseThrow().level().name());

    /** Names the test that meets the N2 tier: the JLPT level or a BJT score. */
    private static final Explanation N2_TIER_MET = (context, row) ->
            testPassed(context, row.category(), Jlpt.N2, Threshold.BJT_N2_TIER);

    static {
        for (Jlpt level : Jlpt.values()) {
            JLPT_PASSED[level.ordinal()] = Message.of("item.japaneseLanguage.jlpt", level.name());
            JLPT_NO_POINTS[level.ordinal()] = Note.always(Message.of("note.japaneseLanguage.noPoints", level.name()));
        }
    }

    public JapaneseLanguage() {
        super(CriterionId.JAPANESE_LANGUAGE);
    }

    /** Without a test result or a Japanese major abroad there is nothing to score or to note. */
    @Override
    boolean concerns(ScoringContext context) {
        Profile profile = context.profile();
        return profile.japaneseLanguage().jlpt().isPresent() || profile.japaneseLanguage().bjtScore().isPresent()
                || context.degrees().firstJapaneseMajorAbroad().isPresent();
    }

    @Override
    protected void evaluate(ScoringContext context, Category category, PointsSink sink) {
        RuleSet rules = context.rules();
        if (passed(context, category, Jlpt.N1, Threshold.BJT_N1_TIER)
                || context.degrees().firstJapaneseMajorAbroad().isPresent()) {
            Optional<PointRow> n1Row = rules.addition(id(), AdditionTier.N1_TIER, category);
            if (n1Row.isPresent()) {
                sink.award(n1Row.get(), N1_TIER_MET);
            }
            return;
        }
        if (passed(context, category, Jlpt.N2, Threshold.BJT_N2_TIER)) {
            Optional<PointRow> n2Row = rules.addition(id(), AdditionTier.N2_TIER, category);
            if (n2Row.isEmpty()) {
                sink.note(category, N2_NOT_IN_FORCE);
            } else if (JapaneseUniversity.isAwarded(context, category)) {
                sink.withhold(n2Row.get(), N2_WITH_JAPANESE_UNIVERSITY);
            } else {
                sink.award(n2Row.get(), N2_TIER_MET);
            }
            return;
        }
        Jlpt level = context.profile().japaneseLanguage().jlpt().orElse(null);
        if (level != null && level != Jlpt.N1 && level != Jlpt.N2) {
            sink.note(category, JLPT_NO_POINTS[level.ordinal()]);
        }
    }

    /**
     * Whether the JLPT level is passed, or a BJT score is at or above the tier's threshold (when the tier
     * has one) in the category.
     */
    private static boolean passed(ScoringContext context, Category category, Jlpt level, Threshold bjtThreshold) {
        Profile profile = context.profile();
        if (profile.japaneseLanguage().jlpt().orElse(null) == level) {
            return true;
        }
        OptionalInt bjt = profile.japaneseLanguage().bjtScore();
        if (bjt.isEmpty()) {
            return false;
        }
        OptionalLong minimum = context.rules().threshold(bjtThreshold, category);
        return minimum.isPresent() && bjt.getAsInt() >= minimum.getAsLong();
    }

    /** The explanation of a test {@link #passed}: the JLPT level, or else the BJT score with its threshold. */
    private static Message testPassed(ScoringContext context, Category category, Jlpt level, Threshold bjtThreshold) {
        Profile profile = context.profile();
        if (profile.japaneseLanguage().jlpt().orElse(null) == level) {
            return JLPT_PASSED[level.ordinal()];
        }
        int bjt = profile.japaneseLanguage().bjtScore().orElseThrow();
        return Message.of("item.japaneseLanguage.bjt", bjt,
                (int) context.rules().threshold(bjtThreshold, category).orElseThrow());
    }
}
