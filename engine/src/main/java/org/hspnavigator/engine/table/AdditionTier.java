package org.hspnavigator.engine.table;

/**
 * The tier of a flat addition. Only the Japanese-language item (日本語能力, docs/rules.md §9) has two
 * tiers; every other addition has {@link #NONE}, written {@code -} in additions.tsv.
 */
public enum AdditionTier {
    NONE,
    /** JLPT N1, BJT at or above the N1 threshold, or a Japanese major at a foreign university. */
    N1_TIER,
    /** JLPT N2 or BJT at or above the N2 threshold, from 2017-04-26. */
    N2_TIER
}
