package org.hspnavigator.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the checks of full-width punctuation share ({@link ChinesePunctuation}, {@link JapanesePunctuation}):
 * the places a pattern finds, with some text around each, in every text of a bundle or every line of a
 * Markdown document; each check brings the pattern of its own script.
 */
final class PunctuationPlaces {

    /** Picocli's exit-code list is written "0:text": the colon separates the code from its text and is not shown. */
    private static final Pattern EXIT_CODE = Pattern.compile("^\\d+:");
    /** Link targets and code spans of Markdown, which are addresses and identifiers, not sentences. */
    private static final Pattern MARKDOWN_CODE = Pattern.compile("\\]\\([^)]*\\)|`[^`]*`");

    private PunctuationPlaces() {
    }

    /** The places in {@code text} that {@code halfWidth} finds, with some text around each; empty when none. */
    static List<String> found(Pattern halfWidth, String text) {
        List<String> places = new ArrayList<>();
        Matcher matcher = halfWidth.matcher(text);
        while (matcher.find()) {
            places.add("…" + text.substring(Math.max(0, matcher.start() - 12), Math.min(text.length(), matcher.end() + 12)) + "…");
        }
        return places;
    }

    /** Asserts that {@code places} finds nothing in any text of the bundle {@code file}. */
    static void assertNoneInBundle(Path file, Function<String, List<String>> places) {
        BundleFiles.texts(file).forEach((key, written) -> {
            String text = key.contains(".exitCodeList.") ? EXIT_CODE.matcher(written).replaceFirst("") : written;
            assertThat(places.apply(text)).as("%s %s: %s", file.getFileName(), key, text).isEmpty();
        });
    }

    /** Asserts that {@code places} finds nothing in the sentences of a Markdown document, link targets and code spans left out. */
    static void assertNoneInMarkdown(String name, String markdown, Function<String, List<String>> places) {
        List<String> lines = markdown.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String sentences = MARKDOWN_CODE.matcher(lines.get(i)).replaceAll(" ");
            assertThat(places.apply(sentences)).as("%s line %d", name, i + 1).isEmpty();
        }
    }
}
