package org.hspnavigator.engine.procedure;

/**
 * A line of the evidence list of the ISA point calculation sheet (疎明資料, docs/rules.md §16), by its
 * number on the sheet in force since 2023-04-01. The number is a label that has changed between sheet
 * versions; the software keys evidence on the point item and shows the number.
 */
public enum SheetEvidence {
    EDUCATION(1),
    CAREER(2),
    SALARY(3),
    PATENT(4),
    GRANT_FUNDED_RESEARCH(5),
    PAPERS(6),
    OTHER_RESEARCH(7),
    QUALIFICATION(8),
    INNOVATION_SUPPORT(9),
    SME(10),
    LOCAL_GOVERNMENT_SUPPORT(11),
    SME_RESEARCH_SPENDING(12),
    FOREIGN_QUALIFICATION(13),
    JAPANESE_UNIVERSITY(14),
    JAPANESE_LANGUAGE(15),
    GROWTH_FIELD(16),
    DESIGNATED_UNIVERSITY(17),
    INNOVATIVE_ASIA_TRAINING(18),
    INVESTMENT(19),
    POSITION(20),
    INVESTMENT_MANAGEMENT(21);

    private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑";

    private final int number;

    SheetEvidence(int number) {
        this.number = number;
    }

    /** The number on the sheet. */
    public int number() {
        return number;
    }

    /** The number as printed on the sheet: ①, ②, … ㉑. */
    public String label() {
        return CIRCLED.substring(number - 1, number);
    }

    /** The key of its text in the bundles, e.g. {@code sheet.3}. */
    public String key() {
        return "checklist.evidence." + number;
    }
}
