package org.hspnavigator.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The I/O floor of a batch: {@code CsvIoFloor IN.csv OUT.csv} reads every row of IN.csv with FastCSV
 * (decoding as strictly as {@code hsp batch} does) and writes one row per input row with the columns
 * and about the width of the batch output, without scoring. Prints the rows and the time on stderr.
 */
public final class CsvIoFloor {

    private CsvIoFloor() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CsvIoFloor IN.csv OUT.csv");
            System.exit(2);
        }
        long start = System.nanoTime();
        long rows = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().skipEmptyLines(true).allowExtraFields(true)
                .allowMissingFields(true).ofCsvRecord(new InputStreamReader(
                        new BufferedInputStream(Files.newInputStream(Path.of(args[0])), 1 << 16),
                        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)));
                // Buffered as hsp batch buffers its output (BatchStreams).
                Writer out = new BufferedWriter(new OutputStreamWriter(
                        new BufferedOutputStream(Files.newOutputStream(Path.of(args[1])), 1 << 20), StandardCharsets.UTF_8),
                        1 << 16);
                CsvWriter csv = CsvWriter.builder().build(out)) {
            boolean header = true;
            for (CsvRecord record : reader) {
                if (header) {
                    csv.writeRecord("id", "line", "referenceDate", "ACADEMIC_RESEARCH.points",
                            "ACADEMIC_RESEARCH.eligible", "SPECIALIZED_TECHNICAL.points", "SPECIALIZED_TECHNICAL.eligible",
                            "BUSINESS_MANAGEMENT.points", "BUSINESS_MANAGEMENT.eligible", "bestCategory", "error");
                    header = false;
                    continue;
                }
                csv.writeRecord().writeField(record.getField(0))
                        .writeField(Long.toString(record.getStartingLineNumber()))
                        .writeField(record.getField(1))
                        .writeField(Integer.toString(60 + (int) (rows % 50))).writeField("false")
                        .writeField(Integer.toString(70 + (int) (rows % 30))).writeField("true")
                        .writeField(Integer.toString(30 + (int) (rows % 40))).writeField("false")
                        .writeField("SPECIALIZED_TECHNICAL").writeField("")
                        .endRecord();
                rows++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf("io-floor: %d rows in %.2f s (%d rows/s)%n", rows, seconds, Math.round(rows / seconds));
    }
}
