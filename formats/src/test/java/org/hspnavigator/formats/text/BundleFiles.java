package org.hspnavigator.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The bundles of the module whose tests run, and their texts, for the checks that every module's tests run on
 * them: a bundle is found by its file name under src/main/resources, so that one added later is checked too.
 */
final class BundleFiles {

    private static final Path RESOURCES = Path.of("src", "main", "resources");

    private BundleFiles() {
    }

    /** The bundles under the module's src/main/resources whose file name matches {@code fileName}; never none. */
    static Stream<Path> ofThisModule(String fileName) {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            List<Path> bundles = files.filter(file -> file.getFileName().toString().matches(fileName)).sorted().toList();
            assertThat(bundles).as("bundles named " + fileName + " under " + RESOURCES.toAbsolutePath()).isNotEmpty();
            return bundles.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The texts of a bundle (a .properties file in UTF-8) by key, in the keys' order. */
    static SortedMap<String, String> texts(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SortedMap<String, String> texts = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return texts;
    }
}
