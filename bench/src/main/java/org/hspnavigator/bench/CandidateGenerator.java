package org.hspnavigator.bench;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes N seeded random candidate rows in the batch CSV format: {@code CandidateGenerator ROWS SEED OUT.csv}.
 * The same seed always gives the same file. About one row in 200 is invalid (an impossible date, an
 * unknown degree level, a negative salary), as real files have a few mistakes.
 */
public final class CandidateGenerator {

    static final List<String> HEADER = List.of("id", "referenceDate", "birthDate", "annualSalaryYen",
            "degrees.0.level", "degrees.0.field", "degrees.0.inJapan", "degrees.1.level", "degrees.1.field",
            "careerYears.academicResearch", "careerYears.specializedTechnical", "careerYears.businessManagement",
            "research.patents", "research.papers", "japaneseLanguage.jlpt", "japaneseLanguage.bjtScore",
            "japaneseNationalQualifications", "position", "employer.sme", "employer.innovationSupport",
            "employer.rdExpenseRatioPercent", "training.innovativeAsia", "investmentYen");

    private static final String[] LEVELS = {"DOCTORATE", "MBA_MOT", "MASTER", "PROFESSIONAL", "BACHELOR"};
    private static final String[] FIELDS = {"Computer science", "Physics", "Economics", "Mechanical engineering",
        "Business administration", "Chemistry", "Law, international", "Biotechnology", "経営学", "情報工学"};
    private static final String[] JLPT = {"N1", "N2", "N3", "N4", "N5"};
    private static final String[] POSITIONS = {"REPRESENTATIVE", "DIRECTOR", "NONE"};
    private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 27);

    private CandidateGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: CandidateGenerator ROWS SEED OUT.csv");
            System.exit(2);
        }
        long rows = Long.parseLong(args[0]);
        SplittableRandom random = new SplittableRandom(Long.parseLong(args[1]));
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(Path.of(args[2])),
                StandardCharsets.UTF_8), 1 << 16);
                CsvWriter csv = CsvWriter.builder().build(out)) {
            csv.writeRecord(HEADER);
            String[] row = new String[HEADER.size()];
            for (long i = 0; i < rows; i++) {
                fill(row, i, random);
                csv.writeRecord(row);
            }
        }
    }

    private static void fill(String[] row, long index, SplittableRandom random) {
        java.util.Arrays.fill(row, "");
        row[0] = "C" + index;
        row[1] = REFERENCE.toString();
        row[2] = REFERENCE.minusDays(random.nextInt(20 * 365, 60 * 365)).toString();
        row[3] = Long.toString(random.nextLong(25, 250) * 100_000);
        int degrees = random.nextInt(3);
        if (degrees > 0) {
            row[4] = LEVELS[random.nextInt(LEVELS.length)];
            row[5] = FIELDS[random.nextInt(FIELDS.length)];
            row[6] = random.nextBoolean() ? "true" : "false";
        }
        if (degrees > 1) {
            row[7] = LEVELS[random.nextInt(LEVELS.length)];
            row[8] = FIELDS[random.nextInt(FIELDS.length)];
        }
        int career = 9 + random.nextInt(3);
        row[career] = random.nextInt(4) == 0 ? random.nextInt(0, 20) + ".5" : Integer.toString(random.nextInt(0, 20));
        if (random.nextInt(5) == 0) {
            row[12] = Integer.toString(random.nextInt(3));
            row[13] = Integer.toString(random.nextInt(15));
        }
        if (random.nextBoolean()) {
            row[14] = JLPT[random.nextInt(JLPT.length)];
        } else if (random.nextInt(10) == 0) {
            row[15] = Integer.toString(random.nextInt(300, 801));
        }
        if (random.nextInt(10) == 0) {
            row[16] = Integer.toString(random.nextInt(3));
        }
        if (random.nextInt(8) == 0) {
            row[17] = POSITIONS[random.nextInt(POSITIONS.length)];
            row[22] = Long.toString(random.nextLong(0, 300) * 1_000_000);
        }
        if (random.nextInt(4) == 0) {
            row[18] = random.nextBoolean() ? "true" : "false";
            row[19] = random.nextBoolean() ? "true" : "false";
            row[20] = random.nextInt(0, 60) / 10 + "." + random.nextInt(10);
        }
        if (random.nextInt(20) == 0) {
            row[21] = "true";
        }
        if (random.nextInt(200) == 0) {
            switch (random.nextInt(3)) {
                case 0 -> row[2] = "1990-02-30";
                case 1 -> row[4] = "PHD";
                default -> row[3] = "-1";
            }
        }
    }
}
