package org.hspnavigator.engine.rule;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.profile.Degree;
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
    private static final Message[] JLPT_NO_POINTS = new Message[Jlpt.values().length];
    private static final Message N2_WITH_JAPANESE_UNIVERSITY = Message.of("item.japaneseLanguage.n2WithJapaneseUniversity");

    static {
        for (Jlpt level : Jlpt.values()) {
            JLPT_PASSED[level.ordinal()] = Message.of("item.japaneseLanguage.jlpt", level.name());
            JLPT_NO_POINTS[level.ordinal()] = Message.of("note.japaneseLanguage.noPoints", level.name());
        }
    }

    public JapaneseLanguage() {
        super(CriterionId.JAPANESE_LANGUAGE);
    }

    @Override
    public void evaluate(ScoringContext context, Category category, Findings findings) {
        RuleSet rules = context.rules();
        Message n1 = n1TierMet(context, category);
        if (n1 != null) {
            Optional<PointRow> n1Row = rules.addition(id(), AdditionTier.N1_TIER, category);
            if (n1Row.isPresent()) {
                findings.award(n1Row.get(), n1);
            }
            return;
        }
        Message n2 = testPassed(context, category, Jlpt.N2, Threshold.BJT_N2_TIER);
        if (n2 != null) {
            Optional<PointRow> n2Row = rules.addition(id(), AdditionTier.N2_TIER, category);
            if (n2Row.isEmpty()) {
                findings.note(Message.of("note.japaneseLanguage.n2NotInForce", context.referenceDate(), rules.id()));
            } else if (JapaneseUniversity.isAwarded(context, category)) {
                findings.withhold(n2Row.get(), N2_WITH_JAPANESE_UNIVERSITY);
            } else {
                findings.award(n2Row.get(), n2);
            }
            return;
        }
        Jlpt level = context.profile().japaneseLanguage().jlpt().orElse(null);
        if (level != null && level != Jlpt.N1 && level != Jlpt.N2) {
            findings.note(JLPT_NO_POINTS[level.ordinal()]);
        }
    }

    /**
     * What meets the N1 tier, as the explanation that names it: the JLPT level, a BJT score, or a
     * Japanese major abroad; null when none does.
     */
    private static Message n1TierMet(ScoringContext context, Category category) {
        Message test = testPassed(context, category, Jlpt.N1, Threshold.BJT_N1_TIER);
        if (test != null) {
            return test;
        }
        Optional<Degree> major = context.degrees().firstJapaneseMajorAbroad();
        return major.isPresent() ? Message.of("item.japaneseLanguage.japaneseMajor", major.get().level().name()) : null;
    }

    /**
     * The JLPT level passed, or a BJT score at or above the tier's threshold (when the tier has one), as
     * the explanation that names it; null when neither is.
     */
    private static Message testPassed(ScoringContext context, Category category, Jlpt level, Threshold bjtThreshold) {
        Profile profile = context.profile();
        if (profile.japaneseLanguage().jlpt().orElse(null) == level) {
            return JLPT_PASSED[level.ordinal()];
        }
        OptionalInt bjt = profile.japaneseLanguage().bjtScore();
        if (bjt.isEmpty()) {
            return null;
        }
        OptionalLong minimum = context.rules().threshold(bjtThreshold, category);
        return minimum.isPresent() && bjt.getAsInt() >= minimum.getAsLong()
                ? Message.of("item.japaneseLanguage.bjt", bjt.getAsInt(), (int) minimum.getAsLong())
                : null;
    }
}
