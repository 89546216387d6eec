package org.hspnavigator.engine.profile;

/**
 * The JICA training of the Innovative Asia programme.
 *
 * @param innovativeAsia       completed the MOJ-designated training
 * @param atJapaneseUniversity the training was taken at a Japanese university
 */
public record Training(boolean innovativeAsia, boolean atJapaneseUniversity) {

    public static final Training NONE = new Training(false, false);
}
