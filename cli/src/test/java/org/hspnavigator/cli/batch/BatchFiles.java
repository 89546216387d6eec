package org.hspnavigator.cli.batch;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a batch output file back as rows of named cells, for assertions. */
final class BatchFiles {

    private BatchFiles() {
    }

    static List<Map<String, String>> rows(Path file) {
        try {
            return rows(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Map<String, String>> rows(String text) {
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> header = null;
        for (CsvRecord record : CsvReader.builder().ofCsvRecord(text)) {
            if (header == null) {
                header = record.getFields();
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.getField(i));
            }
            rows.add(row);
        }
        if (header == null) {
            throw new AssertionError("no header row in the output");
        }
        return rows;
    }

    static List<String> header(Path file) throws IOException {
        return CsvReader.builder().ofCsvRecord(Files.readString(file, StandardCharsets.UTF_8)).iterator().next()
                .getFields();
    }
}
