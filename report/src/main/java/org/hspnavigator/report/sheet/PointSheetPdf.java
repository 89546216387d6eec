package org.hspnavigator.report.sheet;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hspnavigator.engine.points.AgeBand;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.Source;
import org.hspnavigator.engine.procedure.SheetEvidence;
import org.hspnavigator.report.ReportLanguage;
import org.hspnavigator.report.pdf.PageFlow;
import org.hspnavigator.report.pdf.ReportDocument;

/**
 * Draws a {@link PointSheet} as a PDF laid out like the ISA point calculation sheet (ポイント計算表):
 * a header with the category, the date and the rule set; then every item in the sheet's order with
 * its options and points, the applicant's row shaded and marked ●, the applicant's points beside the
 * item and the evidence lines (疎明資料) under each item that scores; the salary item as the sheet's
 * table of brackets by age; then the total and the verdict. The text is real text in an embedded
 * font: it can be selected, searched and extracted.
 */
public final class PointSheetPdf {

    private static final float TITLE_SIZE = 16f;
    private static final float BODY_SIZE = 8.2f;
    private static final float SMALL_SIZE = 7f;
    private static final float ROW = 10.6f;
    private static final float SMALL_ROW = 8.6f;
    private static final float POINTS_RIGHT = 440f;
    private static final float SHADE = 0.88f;
    private static final float BAND = 0.94f;
    private static final String MARK = "●";
    private static final String CATEGORY_SEPARATOR = " · ";
    /** The total, the pass mark and the first lines of the notes: what a page must still hold for them. */
    private static final float CONCLUSION_HEIGHT = ROW * 6;

    private final SheetTexts texts;
    /** The width of the item column: wider where the item names stand in two languages. */
    private final float itemWidth;

    public PointSheetPdf(ReportLanguage language) {
        this.texts = new SheetTexts(language);
        this.itemWidth = language == ReportLanguage.JA ? 128f : 165f;
    }

    /** The PDF of {@code sheet}, its creation date {@code created}. */
    public byte[] write(PointSheet sheet, Instant created) {
        String footerText = texts.text("title") + CATEGORY_SEPARATOR + sheet.category().officialName()
                + CATEGORY_SEPARATOR + texts.date(sheet.referenceDate());
        ReportDocument.Information information = new ReportDocument.Information(
                texts.text("document.title", categoryName(sheet.category()), sheet.referenceDate()),
                texts.text("subtitle"), created, texts.language().tag());
        return ReportDocument.write(texts.language().fonts(), flow -> {
            header(flow, sheet);
            table(flow, sheet);
            conclusion(flow, sheet);
        }, (page, pages) -> texts.text("footer", footerText, page, pages), information, "point calculation sheet");
    }

    private String categoryName(Category category) {
        return texts.categoryName(category);
    }

    private void header(PageFlow flow, PointSheet sheet) throws IOException {
        float right = flow.left() + flow.width();
        flow.down(TITLE_SIZE);
        flow.text(flow.left(), flow.y(), TITLE_SIZE, texts.text("title"));
        flow.textRight(right, flow.y(), TITLE_SIZE, sheet.category().status());
        flow.down(ROW);
        flow.text(flow.left(), flow.y(), SMALL_SIZE, texts.text("subtitle"));
        flow.down(ROW * 0.8f);
        String ruleSet = sheet.ruleSet().validity().to()
                .map(to -> texts.text("ruleSet.closed", sheet.ruleSet().id(), sheet.ruleSet().validity().from(), to))
                .orElseGet(() -> texts.text("ruleSet.open", sheet.ruleSet().id(), sheet.ruleSet().validity().from()));
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(texts.text("heading.category"),
                texts.text("value.category", categoryName(sheet.category()), sheet.category().status()));
        facts.put(texts.text("heading.referenceDate"), texts.date(sheet.referenceDate()));
        facts.put(texts.text("heading.age"), texts.text("value.age", sheet.age()));
        facts.put(texts.text("heading.ruleSet"), ruleSet);
        for (Map.Entry<String, String> fact : facts.entrySet()) {
            flow.down(ROW);
            flow.text(flow.left(), flow.y(), BODY_SIZE, fact.getKey());
            flow.text(flow.left() + 80f, flow.y(), BODY_SIZE, fact.getValue());
        }
        flow.down(ROW * 0.8f);
    }

    private void columnHeadings(PageFlow flow) throws IOException {
        flow.need(ROW * 3);
        flow.fill(flow.left(), flow.y(), flow.width(), ROW + 2f, SHADE);
        float baseline = flow.y() - ROW + 2f;
        flow.text(flow.left() + 3f, baseline, BODY_SIZE, texts.text("column.item"));
        flow.text(flow.left() + itemWidth, baseline, BODY_SIZE, texts.text("column.option"));
        flow.textRight(flow.left() + POINTS_RIGHT, baseline, BODY_SIZE, texts.text("column.points"));
        flow.textRight(flow.left() + flow.width() - 3f, baseline, BODY_SIZE, texts.text("column.scored"));
        flow.down(ROW + 2f);
    }

    /**
     * The items under the column headings, which a page the table goes on to repeats; the last item is
     * kept on the page of the total, so that no page holds the total alone.
     */
    private void table(PageFlow flow, PointSheet sheet) throws IOException {
        columnHeadings(flow);
        flow.continueWith(this::columnHeadings);
        boolean additionsStarted = false;
        List<SheetSection> sections = sheet.sections();
        for (int i = 0; i < sections.size(); i++) {
            SheetSection section = sections.get(i);
            boolean last = i == sections.size() - 1;
            if (section.specialAddition() && !additionsStarted) {
                additionsStarted = true;
                // The band goes to the next page with the start of its first item, never alone at a page's foot.
                flow.need(ROW + opening(flow, section, last ? CONCLUSION_HEIGHT : 0f));
                flow.fill(flow.left(), flow.y(), flow.width(), ROW, BAND);
                flow.text(flow.left() + 3f, flow.y() - ROW + 3f, BODY_SIZE, texts.text("heading.specialAdditions"));
                flow.down(ROW);
            }
            section(flow, section, last ? CONCLUSION_HEIGHT : 0f);
        }
        flow.continueWith(null);
    }

    /** Draws an item; {@code keptWith} more points must fit below it on its page (the total, after the last). */
    private void section(PageFlow flow, SheetSection section, float keptWith) throws IOException {
        float optionX = flow.left() + itemWidth;
        float scoredRight = flow.left() + flow.width() - 3f;
        List<String> nameLines = flow.wrap(texts.itemName(section.criterion()), BODY_SIZE, itemWidth - 8f);
        boolean salaryTable = bandsDiffer(section.lines());
        flow.need(opening(flow, section, keptWith));
        flow.rule(flow.y(), 0.4f);
        float top = flow.y();
        float nameBaseline = top - ROW + 3f;
        for (String line : nameLines) {
            flow.text(flow.left() + 3f, nameBaseline, BODY_SIZE, line);
            nameBaseline -= ROW;
        }
        flow.textRight(scoredRight, top - ROW + 3f, BODY_SIZE + 1f, Integer.toString(section.points()));
        if (salaryTable) {
            salaryTable(flow, section, optionX);
        } else {
            for (SheetLine line : section.lines()) {
                List<String> wrapped = flow.wrap(texts.option(section.criterion(), line.option()), BODY_SIZE,
                        POINTS_RIGHT - itemWidth - 40f);
                float height = ROW * wrapped.size();
                flow.need(height);
                if (line.applicant()) {
                    flow.fill(optionX - 2f, flow.y(), POINTS_RIGHT - itemWidth + 6f, height, SHADE);
                    flow.text(optionX, flow.y() - ROW + 3f, BODY_SIZE, MARK);
                }
                float baseline = flow.y() - ROW + 3f;
                for (String text : wrapped) {
                    flow.text(optionX + 11f, baseline, BODY_SIZE, text);
                    baseline -= ROW;
                }
                flow.textRight(flow.left() + POINTS_RIGHT, flow.y() - ROW + 3f, BODY_SIZE, Integer.toString(line.points()));
                flow.down(height);
            }
        }
        explanation(flow, section, optionX);
        evidence(flow, section, optionX);
        float used = top - flow.y();
        if (used < nameLines.size() * ROW) {
            flow.down(nameLines.size() * ROW - used);
        }
        flow.down(2f);
    }

    /**
     * The height an item must find on its page before it starts: all of it with {@code keptWith} more when
     * something is kept with it, else its name and its first option.
     */
    private float opening(PageFlow flow, SheetSection section, float keptWith) throws IOException {
        int nameLines = flow.wrap(texts.itemName(section.criterion()), BODY_SIZE, itemWidth - 8f).size();
        if (keptWith > 0) {
            return height(flow, section, nameLines) + keptWith;
        }
        float firstOption = ROW;
        if (!bandsDiffer(section.lines()) && !section.lines().isEmpty()) {
            firstOption = ROW * flow.wrap(texts.option(section.criterion(), section.lines().get(0).option()), BODY_SIZE,
                    POINTS_RIGHT - itemWidth - 40f).size();
        }
        return Math.max(ROW * nameLines, firstOption) + ROW;
    }

    /**
     * The height an item takes: its options, why and evidence, or its name when that is longer. The salary
     * table, never the last item, is counted as one row per bracket and one for the ages.
     */
    private float height(PageFlow flow, SheetSection section, int nameLines) throws IOException {
        float options = 0;
        if (bandsDiffer(section.lines())) {
            options = ROW * (1 + section.lines().stream().map(SheetLine::option).distinct().count());
        } else {
            for (SheetLine line : section.lines()) {
                options += ROW * flow.wrap(texts.option(section.criterion(), line.option()), BODY_SIZE,
                        POINTS_RIGHT - itemWidth - 40f).size();
            }
        }
        float notes = SMALL_ROW * (whyLines(flow, section).size() + evidenceLayout(flow, section).lines());
        return Math.max(ROW * nameLines, options + notes) + 2f;
    }

    /** Whether the salary rows differ between age columns, so that the sheet prints them as a table by age. */
    private static boolean bandsDiffer(List<SheetLine> lines) {
        Map<AgeBand, List<String>> byBand = new LinkedHashMap<>();
        for (SheetLine line : lines) {
            line.ageBand().ifPresent(band -> byBand.computeIfAbsent(band, b -> new ArrayList<>())
                    .add(line.option() + "=" + line.points()));
        }
        return byBand.values().stream().distinct().count() > 1;
    }

    /**
     * The salary brackets as rows and the age bands as columns, highest bracket first, as on the ISA
     * sheet; a bracket that earns nothing in a band is left blank.
     */
    private void salaryTable(PageFlow flow, SheetSection section, float optionX) throws IOException {
        Set<AgeBand> bands = EnumSet.noneOf(AgeBand.class);
        Map<String, Map<AgeBand, SheetLine>> rows = new LinkedHashMap<>();
        List<SheetLine> ordered = new ArrayList<>(section.lines());
        ordered.sort((a, b) -> Long.compare(lowerBound(b.option()), lowerBound(a.option())));
        for (SheetLine line : ordered) {
            AgeBand band = line.ageBand().orElseThrow();
            bands.add(band);
            rows.computeIfAbsent(line.option(), option -> new LinkedHashMap<>()).put(band, line);
        }
        float labelWidth = 0;
        for (String option : rows.keySet()) {
            labelWidth = Math.max(labelWidth, flow.textWidth(texts.option(section.criterion(), option), BODY_SIZE));
        }
        labelWidth += 16f;
        float columnsLeft = optionX + labelWidth;
        float columnWidth = (flow.left() + POINTS_RIGHT - columnsLeft) / bands.size();
        flow.need(ROW * 2);
        float baseline = flow.y() - ROW + 3f;
        flow.text(optionX + 11f, baseline, SMALL_SIZE, texts.text("heading.salaryAge") + " →");
        int column = 0;
        for (AgeBand band : bands) {
            flow.textRight(columnsLeft + columnWidth * (column + 1), baseline, SMALL_SIZE, texts.ageBand(band));
            column++;
        }
        flow.down(ROW);
        for (Map.Entry<String, Map<AgeBand, SheetLine>> row : rows.entrySet()) {
            flow.need(ROW);
            baseline = flow.y() - ROW + 3f;
            boolean applicantRow = row.getValue().values().stream().anyMatch(SheetLine::applicant);
            column = 0;
            for (AgeBand band : bands) {
                SheetLine line = row.getValue().get(band);
                float cellRight = columnsLeft + columnWidth * (column + 1);
                if (line != null) {
                    if (line.applicant()) {
                        flow.fill(cellRight - columnWidth + 4f, flow.y(), columnWidth - 2f, ROW, SHADE);
                        flow.text(cellRight - columnWidth + 6f, baseline, BODY_SIZE, MARK);
                    }
                    flow.textRight(cellRight, baseline, BODY_SIZE, Integer.toString(line.points()));
                }
                column++;
            }
            if (applicantRow) {
                flow.fill(optionX - 2f, flow.y(), labelWidth, ROW, SHADE);
                flow.text(optionX, baseline, BODY_SIZE, MARK);
            }
            flow.text(optionX + 11f, baseline, BODY_SIZE, texts.option(section.criterion(), row.getKey()));
            flow.down(ROW);
        }
    }

    /** The lower bound in yen of a salary bracket's option, e.g. 8000000 for "¥8,000,000 to under ¥9,000,000". */
    private static long lowerBound(String option) {
        int yen = option.indexOf('¥');
        if (option.startsWith("under") || yen < 0) {
            return 0;
        }
        int end = yen + 1;
        while (end < option.length() && (Character.isDigit(option.charAt(end)) || option.charAt(end) == ',')) {
            end++;
        }
        return Long.parseLong(option.substring(yen + 1, end).replace(",", ""));
    }

    private List<String> whyLines(PageFlow flow, SheetSection section) throws IOException {
        if (section.item().isEmpty()) {
            return List.of();
        }
        String why = texts.labelled(texts.text("why"), texts.explanation(section.item().get()));
        return flow.wrap(why, SMALL_SIZE, flow.width() - itemWidth - 11f);
    }

    private void explanation(PageFlow flow, SheetSection section, float optionX) throws IOException {
        for (String line : whyLines(flow, section)) {
            flow.need(SMALL_ROW);
            flow.text(optionX + 11f, flow.y() - SMALL_ROW + 2.5f, SMALL_SIZE, line);
            flow.down(SMALL_ROW);
        }
    }

    /** The evidence lines under an item that scores: a heading, and the lines beside it; none for 0 points. */
    private record EvidenceLayout(String heading, float indent, List<String> texts) {

        int lines() {
            return texts.size();
        }
    }

    private EvidenceLayout evidenceLayout(PageFlow flow, SheetSection section) throws IOException {
        if (section.points() == 0) {
            return new EvidenceLayout("", 0f, List.of());
        }
        String status = texts.text(section.toFile() ? "evidence.toFile" : "evidence.optional");
        List<String> evidenceTexts = new ArrayList<>();
        if (section.evidence().isEmpty()) {
            evidenceTexts.add(texts.text("evidence.none"));
        }
        for (SheetEvidence line : section.evidence()) {
            evidenceTexts.add(line.label() + " " + texts.evidence(line));
        }
        String heading = section.evidence().isEmpty() ? texts.text("heading.evidence")
                : texts.text("heading.evidenceStatus", status);
        float indent = 11f + flow.textWidth(heading + " ", SMALL_SIZE);
        List<String> lines = new ArrayList<>();
        for (String text : evidenceTexts) {
            lines.addAll(flow.wrap(text, SMALL_SIZE, flow.width() - itemWidth - indent));
        }
        return new EvidenceLayout(heading, indent, lines);
    }

    private void evidence(PageFlow flow, SheetSection section, float optionX) throws IOException {
        EvidenceLayout layout = evidenceLayout(flow, section);
        boolean first = true;
        for (String line : layout.texts()) {
            flow.need(SMALL_ROW);
            if (first) {
                flow.text(optionX + 11f, flow.y() - SMALL_ROW + 2.5f, SMALL_SIZE, layout.heading());
                first = false;
            }
            flow.text(optionX + layout.indent(), flow.y() - SMALL_ROW + 2.5f, SMALL_SIZE, line);
            flow.down(SMALL_ROW);
        }
    }

    private void conclusion(PageFlow flow, PointSheet sheet) throws IOException {
        flow.need(CONCLUSION_HEIGHT);
        flow.rule(flow.y(), 1.2f);
        flow.fill(flow.left(), flow.y(), flow.width(), ROW * 1.6f, SHADE);
        float baseline = flow.y() - ROW * 1.6f + 5f;
        flow.text(flow.left() + 3f, baseline, BODY_SIZE + 3f, texts.text("total"));
        String verdict = texts.verdict(sheet.assessment());
        flow.text(flow.left() + itemWidth, baseline, BODY_SIZE + 1f, verdict);
        flow.textRight(flow.left() + flow.width() - 3f, baseline, BODY_SIZE + 3f, Integer.toString(sheet.total()));
        flow.down(ROW * 1.6f);
        flow.down(ROW);
        StringBuilder rule = new StringBuilder(texts.text("passMark", sheet.assessment().passMark()));
        sheet.assessment().salaryFloorYen().ifPresent(floor -> rule.append(" · ").append(texts.text("verdict.floor", floor)));
        flow.text(flow.left() + itemWidth, flow.y(), SMALL_SIZE + 0.5f, rule.toString());
        flow.down(ROW);
        List<String> notes = new ArrayList<>();
        notes.add(texts.text("note.legend"));
        notes.add(texts.text("note.evidence", sheet.assessment().passMark()));
        List<String> titles = new ArrayList<>();
        for (Source source : sheet.ruleSet().sources()) {
            titles.add(texts.sourceTitle(source) + " <" + source.url() + ">");
        }
        notes.add(texts.text("note.sources", texts.list(titles)));
        for (String note : notes) {
            for (String line : flow.wrap(note, SMALL_SIZE, flow.width())) {
                flow.need(SMALL_ROW);
                flow.text(flow.left(), flow.y() - SMALL_ROW + 2.5f, SMALL_SIZE, line);
                flow.down(SMALL_ROW);
            }
            flow.down(2f);
        }
    }
}
