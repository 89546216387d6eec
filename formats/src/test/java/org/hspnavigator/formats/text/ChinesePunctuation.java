package org.hspnavigator.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
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
    /** Picocli's exit-code list is written "0:text": the colon separates the code from its text and is not shown. */
    private static final Pattern EXIT_CODE = Pattern.compile("^\\d+:");
    /** Link targets and code spans of Markdown, which are addresses and identifiers, not sentences. */
    private static final Pattern MARKDOWN_CODE = Pattern.compile("\\]\\([^)]*\\)|`[^`]*`");

    private ChinesePunctuation() {
    }

    /** The places in {@code text} where ASCII punctuation touches a Chinese character, with some text around each; empty when none. */
    public static List<String> halfWidthPlaces(String text) {
        List<String> places = new ArrayList<>();
        Matcher matcher = HALF_WIDTH.matcher(text);
        while (matcher.find()) {
            places.add("…" + text.substring(Math.max(0, matcher.start() - 12), Math.min(text.length(), matcher.end() + 12)) + "…");
        }
        return places;
    }

    /** Asserts that every text of the bundle {@code file} (a .properties file in UTF-8) is punctuated full-width. */
    public static void assertFullWidth(Path file) {
        BundleFiles.texts(file).forEach((key, written) -> {
            String text = key.contains(".exitCodeList.") ? EXIT_CODE.matcher(written).replaceFirst("") : written;
            assertThat(halfWidthPlaces(text)).as("%s %s: %s", file.getFileName(), key, text).isEmpty();
        });
    }

    /** Asserts that the sentences of a Markdown document are punctuated full-width; link targets and code spans are left out. */
    public static void assertMarkdownFullWidth(String name, String markdown) {
        List<String> lines = markdown.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String sentences = MARKDOWN_CODE.matcher(lines.get(i)).replaceAll(" ");
            assertThat(halfWidthPlaces(sentences)).as("%s line %d", name, i + 1).isEmpty();
        }
    }

    /**
     * The Simplified and Traditional Chinese bundles of the module whose tests run ({@code *_zh.properties},
     * {@code *_zh_Hant.properties} under its src/main/resources), so that a bundle added later is checked too.
     */
    public static Stream<Path> bundlesOfThisModule() {
        return BundleFiles.ofThisModule(".+_zh(_Hant)?\\.properties");
    }
}
