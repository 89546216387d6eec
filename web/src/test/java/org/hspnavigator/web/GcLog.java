package org.hspnavigator.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A summary of a JVM's collector log ({@code -Xlog:gc:file=...}): the most heap in use before a
 * collection, the most still in use after one (what the program held at once), and the heap's size.
 */
final class GcLog {

    /** A collection's line ends {@code 23M->5M(128M) 3.456ms}: in use before, after, and the heap's size. */
    private static final Pattern COLLECTION = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private GcLog() {
    }

    /** The peaks of the log at {@code file} in words, or why there are none. */
    static String heapPeaks(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "heap unknown (no collector log: " + e.getMessage() + ")";
        }
        int collections = 0;
        int before = 0;
        int after = 0;
        int size = 0;
        for (String line : lines) {
            Matcher collection = COLLECTION.matcher(line);
            if (collection.find()) {
                collections++;
                before = Math.max(before, Integer.parseInt(collection.group(1)));
                after = Math.max(after, Integer.parseInt(collection.group(2)));
                size = Math.max(size, Integer.parseInt(collection.group(3)));
            }
        }
        if (collections == 0) {
            return "heap unknown (no collection logged)";
        }
        return String.format("heap at most %d MB before a collection and %d MB after one (heap size up to %d MB, "
                + "%d collections)", before, after, size, collections);
    }
}
