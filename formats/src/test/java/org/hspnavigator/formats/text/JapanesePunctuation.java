package org.hspnavigator.formats.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The check that Japanese texts are punctuated full-width: a Japanese sentence writes its colon, parentheses,
 * question and exclamation marks full-width (：（）？！) and its comma as 、, so no ASCII comma, colon,
 * semicolon, parenthesis, question or exclamation mark may stand beside a kana, a kanji or Japanese
 * punctuation; nor may a text of punctuation alone, a separator the page sets between Japanese words. ASCII
 * stays where no Japanese character touches it: inside numbers (1,000), placeholders ({0,number,#,##0}),
 * codes (--lang, jdbc:sqlite:FILE), between Latin words, and where the ASCII mark itself is named, in
 * full-width parentheses (コロン（:）). Picocli's exit-code lists keep their "0:" separator.
 * Each module's test runs {@link #assertFullWidth(Path)} on the bundles {@link #bundlesOfThisModule()} finds.
 */
public final class JapanesePunctuation {

    private static final String JAPANESE = "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー、。「」『』・";
    private static final Pattern HALF_WIDTH = Pattern.compile("[" + JAPANESE + "）] ?[,:;()?!]|[,:;()?!] ?[" + JAPANESE + "]");
    /** A text that is punctuation alone: a separator the page puts between Japanese words (a label and its text). */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[,:;()?!]+\\s*");

    private JapanesePunctuation() {
    }

    /**
     * The places in {@code text} where ASCII punctuation touches a Japanese character, or makes the whole text,
     * with some text around each; empty when none.
     */
    public static List<String> halfWidthPlaces(String text) {
        List<String> places = new ArrayList<>();
        if (SEPARATOR.matcher(text).matches()) {
            places.add("…" + text + "… (a separator between Japanese words)");
        }
        places.addAll(PunctuationPlaces.found(HALF_WIDTH, text));
        return places;
    }

    /** Asserts that every text of the bundle {@code file} (a .properties file in UTF-8) is punctuated full-width. */
    public static void assertFullWidth(Path file) {
        PunctuationPlaces.assertNoneInBundle(file, JapanesePunctuation::halfWidthPlaces);
    }

    /** Asserts that the sentences of a Markdown document are punctuated full-width; link targets and code spans are left out. */
    public static void assertMarkdownFullWidth(String name, String markdown) {
        PunctuationPlaces.assertNoneInMarkdown(name, markdown, JapanesePunctuation::halfWidthPlaces);
    }

    /** The Japanese bundles of the module whose tests run ({@code *_ja.properties} under its src/main/resources). */
    public static Stream<Path> bundlesOfThisModule() {
        return BundleFiles.ofThisModule(".+_ja\\.properties");
    }
}
