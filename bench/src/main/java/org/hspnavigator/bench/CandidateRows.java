package org.hspnavigator.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hspnavigator.cli.batch.bench.CandidateGenerator;

/**
 * Rows of the batch benchmark's seeded candidate file ({@link CandidateGenerator}, about one in 200
 * invalid) as the batch command's reader gives them: the header, then each row's cells from FastCSV.
 */
record CandidateRows(List<String> header, List<List<String>> rows) {

    static CandidateRows generate(int rows, long seed) throws IOException {
        Path file = Files.createTempFile("candidates", ".csv");
        try {
            CandidateGenerator.main(new String[] {Integer.toString(rows), Long.toString(seed), file.toString()});
            List<List<String>> lines = new ArrayList<>(rows + 1);
            try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
                for (CsvRecord record : csv) {
                    lines.add(record.getFields());
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            return new CandidateRows(lines.get(0), List.copyOf(lines.subList(1, lines.size())));
        } finally {
            Files.delete(file);
        }
    }
}
