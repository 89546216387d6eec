package org.hspnavigator.engine.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The strict reader of a tab-separated table file: UTF-8, {@code #} comment lines and blank lines
 * ignored, a header that must name exactly the expected columns in order, and every line with one
 * value per column and no stray spaces. Anything else is refused with the file and line.
 */
public final class TsvFile {

    private TsvFile() {
    }

    /** Reads a table file of {@code source}; a missing file is a {@link TableFormatException} too. */
    public static List<TsvRow> read(TableSource source, String fileName, List<String> expectedColumns) {
        try {
            InputStream in = source.open(fileName)
                    .orElseThrow(() -> new TableFormatException(fileName + ": table file not found"));
            try (in) {
                return read(fileName, in, expectedColumns);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read table " + fileName, e);
        }
    }

    public static List<TsvRow> read(String fileName, InputStream in, List<String> expectedColumns) throws IOException {
        String text = decode(fileName, in.readAllBytes());
        String[] lines = text.split("\n", -1);
        List<String> header = null;
        List<TsvRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = lines[i];
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.indexOf('\r') >= 0) {
                throw new TableFormatException(fileName + ":" + lineNumber + ": carriage return; table files use LF line ends");
            }
            List<String> values = Arrays.asList(line.split("\t", -1));
            if (header == null) {
                header = values;
                checkHeader(fileName, lineNumber, header, expectedColumns);
                continue;
            }
            if (values.size() != header.size()) {
                throw new TableFormatException(fileName + ":" + lineNumber + ": " + values.size()
                        + " values for " + header.size() + " columns");
            }
            for (int c = 0; c < values.size(); c++) {
                String value = values.get(c);
                if (!value.equals(value.strip())) {
                    throw new TableFormatException(fileName + ":" + lineNumber + ": column " + header.get(c)
                            + " has leading or trailing spaces");
                }
            }
            rows.add(new TsvRow(fileName, lineNumber, header, values));
        }
        if (header == null) {
            throw new TableFormatException(fileName + ": no header line");
        }
        return rows;
    }

    private static void checkHeader(String fileName, int lineNumber, List<String> header, List<String> expected) {
        for (String column : header) {
            if (!expected.contains(column)) {
                throw new TableFormatException(fileName + ":" + lineNumber + ": unknown column \"" + column
                        + "\"; expected " + String.join(", ", expected));
            }
        }
        for (String column : expected) {
            if (!header.contains(column)) {
                throw new TableFormatException(fileName + ":" + lineNumber + ": missing column \"" + column + "\"");
            }
        }
        if (!header.equals(expected)) {
            throw new TableFormatException(fileName + ":" + lineNumber + ": columns must be in the order "
                    + String.join(", ", expected));
        }
    }

    private static String decode(String fileName, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new TableFormatException(fileName + ": not valid UTF-8");
        }
    }
}
