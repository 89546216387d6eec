package org.hspnavigator.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The check that no text shown to a user names a file of this repository ({@code docs/rules.md §4},
 * {@code system.md}, {@code README.md}): a reader cannot open our files, and is to follow the official
 * sources (the ISA's pages and PDFs, the ordinance and its article) that the texts cite instead. For the
 * tests of every module; each runs {@link #assertNoneNamed(Path)} on the bundles
 * {@link #bundlesOfThisModule()} finds. Comments of a bundle are not shown and may name the files.
 */
public final class RepositoryFileNames {

    /** A Markdown file's name, or a path into the repository's documentation folder. */
    private static final Pattern FILE_NAME = Pattern.compile("(?i)[\\w-]+\\.md\\b|\\bdocs/");

    private RepositoryFileNames() {
    }

    /** The repository file names that {@code text} mentions; empty when none. */
    public static List<String> named(String text) {
        List<String> names = new ArrayList<>();
        Matcher matcher = FILE_NAME.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group());
        }
        return names;
    }

    /** Asserts that no text of the bundle {@code file} (a .properties file in UTF-8) names a repository file. */
    public static void assertNoneNamed(Path file) {
        BundleFiles.texts(file).forEach((key, text) ->
                assertThat(named(text)).as("%s %s: %s", file.getFileName(), key, text).isEmpty());
    }

    /**
     * The message bundles of the module whose tests run, in every language (the {@code .properties} files
     * under its src/main/resources). Spring's {@code application.properties} holds settings, not texts, and is
     * left out.
     */
    public static Stream<Path> bundlesOfThisModule() {
        return BundleFiles.ofThisModule("(?!application).+\\.properties");
    }
}
