package org.hspnavigator.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeded random profiles and cases (spec profile.md): valid ones over every field, all three categories
 * and every rule set since 2013-12-24, with the values on both sides of each bound of points.md; and
 * invalid ones made from them by one to three mutations (a wrong type, an unknown field, a value out of
 * range, a missing field, a bad date, an unknown enum value). The same seed gives the same documents.
 */
final class GeneratedProfiles {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final LocalDate FIRST_RULES = LocalDate.of(2013, 12, 24);
    /** Today on the tests' clock ({@link FixedClock}); a reference date may be up to a year after it. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static final long[] SALARIES = {0, 2_999_999, 3_000_000, 3_999_999, 4_000_000, 4_999_999, 5_000_000,
        5_999_999, 6_000_000, 7_000_000, 7_999_999, 8_000_000, 9_000_000, 9_999_999, 10_000_000, 14_999_999,
        15_000_000, 20_000_000, 25_000_000, 29_999_999, 30_000_000, 10_000_000_000L};
    private static final String[] LEVELS = {"DOCTORATE", "MBA_MOT", "MASTER", "PROFESSIONAL", "BACHELOR"};
    private static final String[] FIELDS = {"Computer science", "computer SCIENCE", "Economics", "Physics", "法学", ""};
    private static final double[] YEARS = {0, 2.99, 3, 4.5, 5, 6.999, 7, 9.99, 10, 25, 80};
    private static final int[] BJT = {0, 399, 400, 479, 480, 800};
    private static final String[] JLPT = {"N1", "N2", "N3", "N4", "N5"};
    private static final String[] POSITIONS = {"REPRESENTATIVE", "DIRECTOR", "NONE"};
    private static final double[] RD_RATIOS = {0, 2.99, 3, 3.0001, 3.01, 12.5};
    private static final long[] INVESTMENTS = {0, 99_999_999, 100_000_000, 5_000_000_000L};
    private static final LocalDate[] RULE_SET_DATES = {FIRST_RULES, LocalDate.of(2017, 4, 25), LocalDate.of(2017, 4, 26),
        LocalDate.of(2021, 7, 29), LocalDate.of(2021, 7, 30), LocalDate.of(2023, 3, 30), LocalDate.of(2023, 3, 31),
        LocalDate.of(2023, 4, 21), LocalDate.of(2024, 2, 29), TODAY, TODAY.plusYears(1)};

    private final Random random;

    GeneratedProfiles(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    /** A valid profile: every optional field present or not, values on the bounds of the point tables. */
    ObjectNode valid() {
        ObjectNode profile = JSON.objectNode();
        LocalDate reference = referenceDate();
        if (random.nextInt(8) == 0) {
            profile.put("id", random.nextBoolean() ? "applicant-" + random.nextInt(1000) : "x".repeat(200));
        }
        if (reference != null) {
            profile.put("referenceDate", reference.toString());
        }
        profile.put("birthDate", birthDate(reference == null ? TODAY : reference).toString());
        profile.put("annualSalaryYen", random.nextInt(4) == 0 ? random.nextLong(40_000_000) : pick(SALARIES));
        if (sometimes()) {
            ArrayNode degrees = profile.putArray("degrees");
            for (int i = random.nextInt(4); i > 0; i--) {
                ObjectNode degree = degrees.addObject().put("level", LEVELS[random.nextInt(LEVELS.length)]);
                maybe(() -> degree.put("field", FIELDS[random.nextInt(FIELDS.length)]));
                maybe(() -> degree.put("inJapan", random.nextBoolean()));
                maybe(() -> degree.put("designatedUniversity", random.nextBoolean()));
                maybe(() -> degree.put("japaneseMajor", random.nextBoolean()));
            }
        }
        if (sometimes()) {
            ObjectNode career = profile.putObject("careerYears");
            for (String key : List.of("academicResearch", "specializedTechnical", "businessManagement")) {
                maybe(() -> career.put(key, random.nextBoolean() ? (int) pick(YEARS) : pick(YEARS)));
            }
        }
        if (sometimes()) {
            ObjectNode research = profile.putObject("research");
            maybe(() -> research.put("patents", random.nextInt(3)));
            maybe(() -> research.put("grantFundedProjects", random.nextInt(5)));
            maybe(() -> research.put("papers", random.nextInt(5)));
            maybe(() -> research.put("otherRecognized", random.nextBoolean()));
        }
        if (sometimes()) {
            ObjectNode language = profile.putObject("japaneseLanguage");
            maybe(() -> {
                if (random.nextInt(4) == 0) {
                    language.putNull("jlpt");
                } else {
                    language.put("jlpt", JLPT[random.nextInt(JLPT.length)]);
                }
            });
            maybe(() -> {
                if (random.nextInt(4) == 0) {
                    language.putNull("bjtScore");
                } else {
                    language.put("bjtScore", random.nextBoolean() ? BJT[random.nextInt(BJT.length)] : random.nextInt(801));
                }
            });
        }
        maybe(() -> profile.put("japaneseNationalQualifications", random.nextInt(4)));
        maybe(() -> profile.put("foreignQualification", random.nextBoolean()));
        maybe(() -> profile.put("position", POSITIONS[random.nextInt(POSITIONS.length)]));
        if (sometimes()) {
            ObjectNode employer = profile.putObject("employer");
            maybe(() -> employer.put("innovationSupport", random.nextBoolean()));
            maybe(() -> employer.put("sme", random.nextBoolean()));
            maybe(() -> {
                if (random.nextInt(4) == 0) {
                    employer.putNull("rdExpenseRatioPercent");
                } else {
                    employer.put("rdExpenseRatioPercent", pick(RD_RATIOS));
                }
            });
            maybe(() -> employer.put("localGovernmentSupport", random.nextBoolean()));
            maybe(() -> employer.put("investmentManagementBusiness", random.nextBoolean()));
        }
        maybe(() -> profile.put("growthFieldProject", random.nextBoolean()));
        if (sometimes()) {
            ObjectNode training = profile.putObject("training");
            maybe(() -> training.put("innovativeAsia", random.nextBoolean()));
            maybe(() -> training.put("atJapaneseUniversity", random.nextBoolean()));
        }
        maybe(() -> profile.put("investmentYen", pick(INVESTMENTS)));
        return profile;
    }

    /** A profile made invalid by one to three mutations of a valid one. */
    ObjectNode invalid() {
        ObjectNode profile = valid();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            mutate(profile);
        }
        return profile;
    }

    private void mutate(ObjectNode profile) {
        switch (random.nextInt(16)) {
            case 0 -> profile.remove("birthDate");
            case 1 -> profile.remove("annualSalaryYen");
            case 2 -> profile.put("annualSalaryYen", pick(new String[] {"8000000", "8,000,000", "", "-"}));
            case 3 -> profile.put("annualSalaryYen", pick(new long[] {-1, 10_000_000_001L, Long.MIN_VALUE}));
            case 4 -> profile.put("annualSalaryYen", pick(new double[] {1.5, 8_000_000.25, 1e30, -0.5}));
            case 5 -> profile.put(pick(new String[] {"salary", "birthdate", "degree", "careerYear", "Position"}),
                    random.nextInt(10));
            case 6 -> profile.putObject("careerYears").put(pick(new String[] {"academicResearch", "research", "other"}),
                    pick(new double[] {-1, 80.01, 81, 1e9}));
            case 7 -> profile.putObject("japaneseLanguage").put(pick(new String[] {"bjtScore", "jlpt"}),
                    pick(new String[] {"N0", "n1", "801", "A"}));
            case 8 -> profile.putObject("japaneseLanguage").put("bjtScore", pick(new int[] {-1, 801, 1000}));
            case 9 -> profile.putArray("degrees").addObject().put("level", pick(new String[] {"PHD", "master", ""}))
                    .put("unknown", true);
            case 10 -> profile.put(pick(new String[] {"referenceDate", "birthDate"}),
                    pick(new String[] {"2020-02-30", "2020/01/01", "2013-12-23", "1999-1-1", "2028-01-01", "tomorrow",
                        "2026-11-28"}));
            case 11 -> profile.put("birthDate", profile.path("referenceDate").asString(TODAY.toString()));
            case 12 -> profile.put(pick(new String[] {"position", "foreignQualification", "growthFieldProject"}),
                    pick(new String[] {"CEO", "yes", "true"}));
            case 13 -> profile.putObject("employer").put(pick(new String[] {"sme", "rdExpenseRatioPercent", "size"}),
                    pick(new int[] {-1, 2}));
            case 14 -> profile.putNull(pick(new String[] {"annualSalaryYen", "birthDate", "degrees", "research",
                "position", "investmentYen", "id"}));
            default -> profile.put(pick(new String[] {"id", "japaneseNationalQualifications", "investmentYen"}),
                    pick(new String[] {"", "x".repeat(201), "-3", "1.5"}));
        }
    }

    /** A case (spec "Case") of one to three generated snapshots, with or without residence, HSP status and household. */
    ObjectNode validCase() {
        ObjectNode applicant = JSON.objectNode();
        ArrayNode snapshots = applicant.putArray("snapshots");
        LocalDate first = LocalDate.of(2015 + random.nextInt(9), 1 + random.nextInt(12), 1 + random.nextInt(28));
        ObjectNode base = valid();
        base.remove("id");
        LocalDate date = first;
        for (int i = 1 + random.nextInt(3); i > 0 && !date.isAfter(TODAY); i--) {
            ObjectNode snapshot = base.deepCopy();
            snapshot.put("referenceDate", date.toString());
            snapshot.put("birthDate", base.get("birthDate").asString().compareTo(date.toString()) < 0
                    ? base.get("birthDate").asString() : date.minusYears(30).toString());
            snapshot.put("annualSalaryYen", pick(SALARIES) % 20_000_000_000L);
            snapshots.add(snapshot);
            date = date.plusDays(100 + random.nextInt(900));
        }
        if (random.nextInt(5) != 0) {
            ObjectNode residence = applicant.putObject("residence");
            residence.put("continuousSince", first.minusDays(random.nextInt(800)).toString());
            if (random.nextBoolean()) {
                ObjectNode hsp = residence.putObject("hsp");
                hsp.put("since", first.plusDays(random.nextInt(400)).toString());
                hsp.put("category", pick(new String[] {"ACADEMIC_RESEARCH", "SPECIALIZED_TECHNICAL", "BUSINESS_MANAGEMENT"}));
                hsp.put("recognizedPoints", pick(new int[] {70, 75, 80, 95}));
                maybe(() -> hsp.put("jSkip", random.nextBoolean()));
            }
        }
        if (random.nextBoolean()) {
            ObjectNode household = applicant.putObject("household");
            maybe(() -> household.put("spouseAnnualSalaryYen", pick(new long[] {0, 1_000_000, 5_000_000})));
            maybe(() -> household.putArray("childrenBirthDates").add(TODAY.minusYears(random.nextInt(12)).toString()));
            maybe(() -> household.put("pregnancy", random.nextBoolean()));
            maybe(() -> household.put("spouseUnableToDoHousework", random.nextBoolean()));
        }
        maybe(() -> applicant.put("employerCategory", 1 + random.nextInt(4)));
        return applicant;
    }

    /** A case made invalid: a mutated snapshot, or a bad field of its own. */
    ObjectNode invalidCase() {
        ObjectNode applicant = validCase();
        switch (random.nextInt(6)) {
            case 0 -> mutate((ObjectNode) applicant.get("snapshots").get(0));
            case 1 -> applicant.put("employerCategory", pick(new int[] {0, 5, -1}));
            case 2 -> applicant.putObject("residence").put("continuousSince", "2020-13-01");
            case 3 -> applicant.putObject("residence").putObject("hsp").put("category", "RESEARCH").put("since", "2020-01-01");
            case 4 -> applicant.putArray("snapshots");
            default -> applicant.put("extra", 1);
        }
        return applicant;
    }

    private LocalDate referenceDate() {
        int choice = random.nextInt(6);
        if (choice == 0) {
            return null;
        }
        if (choice == 1) {
            return RULE_SET_DATES[random.nextInt(RULE_SET_DATES.length)];
        }
        return FIRST_RULES.plusDays(random.nextInt((int) (TODAY.plusYears(1).toEpochDay() - FIRST_RULES.toEpochDay()) + 1));
    }

    /** A birth date for an age of 18 to 70, often a birthday on the bounds of the age bands, or 29 February. */
    private LocalDate birthDate(LocalDate reference) {
        switch (random.nextInt(4)) {
            case 0 -> {
                int age = pick(new int[] {29, 30, 34, 35, 39, 40});
                return reference.minusYears(age).plusDays(random.nextInt(3) - 1);
            }
            case 1 -> {
                return LocalDate.of(1988 + 4 * random.nextInt(4), 2, 29);
            }
            default -> {
                return reference.minusYears(18 + random.nextInt(53)).minusDays(random.nextInt(365));
            }
        }
    }

    private boolean sometimes() {
        return random.nextInt(3) != 0;
    }

    private void maybe(Runnable field) {
        if (random.nextBoolean()) {
            field.run();
        }
    }

    private long pick(long[] values) {
        return values[random.nextInt(values.length)];
    }

    private int pick(int[] values) {
        return values[random.nextInt(values.length)];
    }

    private double pick(double[] values) {
        return values[random.nextInt(values.length)];
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** {@code count} documents, each a profile or (one in five) an array of two to four. */
    List<JsonNode> documents(int count, boolean valid) {
        List<JsonNode> documents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (random.nextInt(5) == 0) {
                ArrayNode array = JSON.arrayNode();
                for (int j = 2 + random.nextInt(3); j > 0; j--) {
                    array.add(valid || random.nextBoolean() ? valid() : invalid());
                }
                documents.add(array);
            } else {
                documents.add(valid ? valid() : invalid());
            }
        }
        return documents;
    }
}
