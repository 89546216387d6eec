package org.hspnavigator.web.applicant;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.formats.batch.BatchRows;
import org.hspnavigator.formats.batch.CsvParseProblems;
import org.hspnavigator.formats.profile.CsvProfileColumns;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.formats.validation.Violation;
import org.hspnavigator.web.system.LimitExceededException;
import org.springframework.stereotype.Component;

/**
 * Reads a batch CSV file (the columns of {@code hsp batch}) into applicants, all or nothing: every row
 * is checked as {@code hsp batch} checks it, and any invalid row refuses the whole file with the errors
 * of the batch's error column, word for word ({@code line 3: annualSalaryYen: ...}). Each row becomes an
 * applicant named by its {@code id} cell (else by its line, in the importer's language), with the row's profile as their first
 * snapshot, dated by its {@code referenceDate} (else today, as {@code hsp batch} scores it).
 */
@Component
public class ApplicantImport {

    private final ReferenceDates referenceDates;

    public ApplicantImport(ReferenceDates referenceDates) {
        this.referenceDates = referenceDates;
    }

    /** A row read: its line, its {@code id} cell (empty when none) and its profile. */
    public record Row(long line, String id, Profile profile) {
    }

    /**
     * An error of the file as {@code hsp batch} words it, and the line it is about (0 for the file as a
     * whole), so that a page shows it next to its row, in the page's language.
     */
    public record LineError(long line, Problem problem) {

        /** The error in English, as {@code hsp batch} writes it. */
        public String text() {
            return problem.english();
        }

        public String text(Language language) {
            return problem.text(language);
        }
    }

    /** A file with invalid rows or an invalid header: each error as {@code hsp batch} words it. */
    public static final class RefusedException extends Exception {

        private static final long serialVersionUID = 1L;

        private final transient List<LineError> errors;

        RefusedException(List<LineError> errors) {
            super(errors.size() + " errors");
            this.errors = List.copyOf(errors);
        }

        public List<Problem> errors() {
            return errors.stream().map(LineError::problem).toList();
        }

        /** The errors with their lines. */
        public List<LineError> lineErrors() {
            return errors;
        }
    }

    /** Every row of {@code csv} (UTF-8, with or without a byte-order mark), or every error of it. */
    public List<Row> read(byte[] csv, long maxRows) throws RefusedException {
        List<LineError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        ProfileReader reader = new ProfileReader(referenceDates);
        try (CsvReader<CsvRecord> records = CsvReader.builder().skipEmptyLines(true).allowExtraFields(true)
                .allowMissingFields(true).ofCsvRecord(text(csv))) {
            CsvProfileColumns columns = null;
            CsvProfileColumns.RowReader rowReader = null;
            long dataRows = 0;
            for (CsvRecord record : records) {
                long line = record.getStartingLineNumber();
                if (columns == null) {
                    try {
                        columns = CsvProfileColumns.of(record.getFields());
                        rowReader = columns.rowReader(reader);
                    } catch (InvalidInputException e) {
                        for (Violation violation : e.violations()) {
                            errors.add(new LineError(line, Problem.of(violation.path().isEmpty() ? "csv.line"
                                    : "csv.line.column", line, violation)));
                        }
                        throw new RefusedException(errors);
                    }
                    continue;
                }
                if (++dataRows > maxRows) {
                    throw new LimitExceededException("maxCsvRows", maxRows,
                            Problem.of("limit.csvRows.import", String.valueOf(maxRows)));
                }
                List<String> cells = record.getFields();
                if (cells.size() != columns.size()) {
                    errors.add(new LineError(line, BatchRows.cellCount(line, cells.size(), columns.size())));
                    continue;
                }
                List<Violation> violations = new ArrayList<>();
                Optional<Profile> profile = rowReader.read(cells, violations);
                if (profile.isEmpty()) {
                    errors.add(new LineError(line, BatchRows.problem(line, violations)));
                    continue;
                }
                String id = columns.idColumn().isPresent() ? cells.get(columns.idColumn().getAsInt()).strip() : "";
                rows.add(new Row(line, id, profile.get()));
            }
            if (columns == null) {
                errors.add(new LineError(0, Problem.of("csv.empty")));
            } else if (rows.isEmpty() && errors.isEmpty()) {
                errors.add(new LineError(0, Problem.of("csv.noRows")));
            }
        } catch (UncheckedIOException e) {
            errors.add(new LineError(0, Problem.of(e.getCause() instanceof CharacterCodingException
                    ? "csv.notUtf8" : "csv.unreadableFile")));
        } catch (CsvParseException e) {
            errors.add(new LineError(0, CsvParseProblems.problem(e)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!errors.isEmpty()) {
            throw new RefusedException(errors);
        }
        return rows;
    }

    private static Reader text(byte[] csv) {
        int start = csv.length >= 3 && (csv[0] & 0xFF) == 0xEF && (csv[1] & 0xFF) == 0xBB && (csv[2] & 0xFF) == 0xBF ? 3 : 0;
        return new InputStreamReader(new ByteArrayInputStream(csv, start, csv.length - start), StandardCharsets.UTF_8
                .newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}
