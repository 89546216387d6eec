package org.hspnavigator.formats.text;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The check that Chinese texts are punctuated full-width (，：；（）？！), for the tests of every module: no
 * ASCII comma, colon, semicolon, parenthesis, question or exclamation mark beside a Chinese character
 * (or a kana of an official Japanese term). ASCII stays where no Chinese character touches it: inside
 * numbers (1,000), placeholders ({0,number,#,##0}), codes (--lang, jdbc:postgresql://...), JSON paths and
 * between Latin words. Each module's test runs {@link #assertFullWidth(Path)} on the bundles
 * {@link #bundlesOfThisModule()} finds.
 */
public final class ChinesePunctuation {

    private static final String CHINESE = "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}";
    private static final Pattern HALF_WIDTH = Pattern.compile("[" + CHINESE + "）] ?[,:;()?!]|[,:;()?!] ?[" + CHINESE + "]");
    private ChinesePunctuation() {
    }

    /** The places in {@code text} where ASCII punctuation touches a Chinese character, with some text around each; empty when none. */
    public static List<String> halfWidthPlaces(String text) {
        return PunctuationPlaces.found(HALF_WIDTH, text);
    }

    /** Asserts that every text of the bundle {@code file} (a .properties file in UTF-8) is punctuated full-width. */
    public static void assertFullWidth(Path file) {
        PunctuationPlaces.assertNoneInBundle(file, ChinesePunctuation::halfWidthPlaces);
    }

    /** Asserts that the sentences of a Markdown document are punctuated full-width; link targets and code spans are left out. */
    public static void assertMarkdownFullWidth(String name, String markdown) {
        PunctuationPlaces.assertNoneInMarkdown(name, markdown, ChinesePunctuation::halfWidthPlaces);
    }

    /**
     * The Simplified and Traditional Chinese bundles of the module whose tests run ({@code *_zh.properties},
     * {@code *_zh_Hant.properties} under its src/main/resources), so that a bundle added later is checked too.
     */
    public static Stream<Path> bundlesOfThisModule() {
        return BundleFiles.ofThisModule(".+_zh(_Hant)?\\.properties");
    }
}
