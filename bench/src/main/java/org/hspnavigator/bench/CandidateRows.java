package org.hspnavigator.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hspnavigator.formats.profile.CsvCells;

/**
 * Rows of the batch benchmark's seeded candidate file ({@link CandidateGenerator}, about one in 200
 * invalid) as FastCSV parses them: the header, then each row's cells as the {@link CsvCells} the batch
 * command's scorer threads read a row from.
 */
record CandidateRows(List<String> header, List<CsvCells> cells) {

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
            return new CandidateRows(lines.get(0), lines.subList(1, lines.size()).stream().map(CsvCells::of).toList());
        } finally {
            Files.delete(file);
        }
    }
}
