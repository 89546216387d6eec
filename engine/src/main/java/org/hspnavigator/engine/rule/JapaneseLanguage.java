package org.hspnavigator.engine.rule;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Item;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.profile.Jlpt;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.table.AdditionTier;
import org.hspnavigator.engine.table.PointRow;
import org.hspnavigator.engine.table.RuleSet;
import org.hspnavigator.engine.table.Threshold;

/**
 * 日本語能力 (Japanese language), points.md §3.8, in two tiers. The N1 tier: JLPT N1, a BJT score at or
 * above the N1 threshold, or graduation from a foreign university with a Japanese major. The N2 tier
 * (from 2017-04-26): JLPT N2 or a BJT score at or above the N2 threshold, only when the N1 tier is not
 * met and the Japanese-university item is not awarded. No other level earns points.
 */
public final class JapaneseLanguage extends Criterion {

    /** The explanations that name only a JLPT level, made once per level. */
    private static final Message[] JLPT_PASSED = new Message[Jlpt.values().length];
    private static final Message[] JLPT_NO_POINTS = new Message[Jlpt.values().length];
    private static final Message N2_WITH_JAPANESE_UNIVERSITY_MESSAGE =
            Message.of("item.japaneseLanguage.n2WithJapaneseUniversity");
    private static final Explanation N2_WITH_JAPANESE_UNIVERSITY = (context, category, row) ->
            N2_WITH_JAPANESE_UNIVERSITY_MESSAGE;
    private static final Explanation BJT_N1 = (context, category, row) -> bjt(context, category, Threshold.BJT_N1_TIER);
    private static final Explanation BJT_N2 = (context, category, row) -> bjt(context, category, Threshold.BJT_N2_TIER);
    private static final Explanation JAPANESE_MAJOR = (context, category, row) -> Message.of(
            "item.japaneseLanguage.japaneseMajor", context.degrees().firstJapaneseMajorAbroad().orElseThrow().level().name());

    static {
        for (Jlpt level : Jlpt.values()) {
            JLPT_PASSED[level.ordinal()] = Message.of("item.japaneseLanguage.jlpt", level.name());
            JLPT_NO_POINTS[level.ordinal()] = Message.of("note.japaneseLanguage.noPoints", level.name());
        }
    }

    /**
     * The item of each tier met by the JLPT level itself (N1 for the N1 tier, N2 for the N2 tier), by
     * category and level; null where the rule set has no row.
     */
    static Item[][] readyItems(RuleSet rules) {
        Item[][] items = new Item[Category.values().length][Jlpt.values().length];
        for (Category category : Category.values()) {
            Optional<PointRow> n1 = rules.addition(CriterionId.JAPANESE_LANGUAGE, AdditionTier.N1_TIER, category);
            Optional<PointRow> n2 = rules.addition(CriterionId.JAPANESE_LANGUAGE, AdditionTier.N2_TIER, category);
            if (n1.isPresent()) {
                items[category.ordinal()][Jlpt.N1.ordinal()] = Awards.award(n1.get(), JLPT_PASSED[Jlpt.N1.ordinal()]);
            }
            if (n2.isPresent()) {
                items[category.ordinal()][Jlpt.N2.ordinal()] = Awards.award(n2.get(), JLPT_PASSED[Jlpt.N2.ordinal()]);
            }
        }
        return items;
    }

    @Override
    public CriterionId id() {
        return CriterionId.JAPANESE_LANGUAGE;
    }

    /** Without a JLPT level, a BJT score or a Japanese major abroad, no tier is met and nothing is noted. */
    @Override
    public boolean mayReport(ScoringContext context) {
        Profile profile = context.profile();
        return profile.japaneseLanguage().jlpt().isPresent() || profile.japaneseLanguage().bjtScore().isPresent()
                || context.degrees().firstJapaneseMajorAbroad().isPresent();
    }

    @Override
    public void evaluate(ScoringContext context, Category category, Findings findings) {
        RuleSet rules = context.rules();
        Basis n1 = n1TierBasis(context, category);
        if (n1 != Basis.NONE) {
            Optional<PointRow> n1Row = rules.addition(id(), AdditionTier.N1_TIER, category);
            if (n1Row.isPresent()) {
                award(context, category, n1Row.get(), n1, Jlpt.N1, BJT_N1, findings);
            }
            return;
        }
        Basis n2 = testPassed(context, category, Jlpt.N2, Threshold.BJT_N2_TIER);
        if (n2 != Basis.NONE) {
            Optional<PointRow> n2Row = rules.addition(id(), AdditionTier.N2_TIER, category);
            if (n2Row.isEmpty()) {
                findings.note(Message.of("note.japaneseLanguage.n2NotInForce", context.referenceDate(), rules.id()));
            } else if (JapaneseUniversity.isAwarded(context, category)) {
                findings.withhold(n2Row.get(), N2_WITH_JAPANESE_UNIVERSITY);
            } else {
                award(context, category, n2Row.get(), n2, Jlpt.N2, BJT_N2, findings);
            }
            return;
        }
        Jlpt level = context.profile().japaneseLanguage().jlpt().orElse(null);
        if (level != null && level != Jlpt.N1 && level != Jlpt.N2) {
            findings.note(JLPT_NO_POINTS[level.ordinal()]);
        }
    }

    /** What meets a tier: the JLPT level itself, a BJT score, or (N1 tier only) a Japanese major abroad. */
    private enum Basis { NONE, JLPT, BJT, JAPANESE_MAJOR }

    /**
     * Awards a tier met: the rule set's ready-made item when the JLPT level meets it (its explanation
     * names only the level), otherwise an item that names the BJT score or the degree.
     */
    private static void award(ScoringContext context, Category category, PointRow row, Basis basis, Jlpt level,
            Explanation bjt, Findings findings) {
        switch (basis) {
            case JLPT -> findings.item(context.ready().jlpt(category, level.ordinal()));
            case BJT -> findings.award(row, bjt);
            case JAPANESE_MAJOR -> findings.award(row, JAPANESE_MAJOR);
            case NONE -> throw new IllegalArgumentException("no tier met");
        }
    }

    /** The BJT score and the tier's threshold it reaches. */
    private static Message bjt(ScoringContext context, Category category, Threshold tier) {
        return Message.of("item.japaneseLanguage.bjt", context.profile().japaneseLanguage().bjtScore().getAsInt(),
                (int) context.rules().threshold(tier, category).getAsLong());
    }

    private static Basis n1TierBasis(ScoringContext context, Category category) {
        Basis test = testPassed(context, category, Jlpt.N1, Threshold.BJT_N1_TIER);
        if (test != Basis.NONE) {
            return test;
        }
        return context.degrees().firstJapaneseMajorAbroad().isPresent() ? Basis.JAPANESE_MAJOR : Basis.NONE;
    }

    /** The JLPT level passed, or a BJT score at or above the tier's threshold (when the tier has one). */
    private static Basis testPassed(ScoringContext context, Category category, Jlpt level, Threshold bjtThreshold) {
        Profile profile = context.profile();
        if (profile.japaneseLanguage().jlpt().orElse(null) == level) {
            return Basis.JLPT;
        }
        OptionalInt bjt = profile.japaneseLanguage().bjtScore();
        if (bjt.isEmpty()) {
            return Basis.NONE;
        }
        OptionalLong minimum = context.rules().threshold(bjtThreshold, category);
        return minimum.isPresent() && bjt.getAsInt() >= minimum.getAsLong() ? Basis.BJT : Basis.NONE;
    }
}
