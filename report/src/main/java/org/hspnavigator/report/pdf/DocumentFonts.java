package org.hspnavigator.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one document in the order they are preferred: a text is cut into runs, each character
 * in the first font that has a glyph for it. A Chinese report thus writes its Chinese in WenQuanYi
 * Micro Hei and the circled number ㉑ of the ISA sheet, which that font lacks, in IPAexGothic; a
 * Japanese report writes a Korean name in an applicant's answers in WenQuanYi Micro Hei. A font is
 * borrowed and loaded into the document only when a character first needs it, so that a document
 * embeds only the fonts it uses. A character no font has is written as {@value #MISSING}, visibly
 * rather than dropped.
 */
public final class DocumentFonts implements AutoCloseable {

    static final String MISSING = "?";

    private final PDDocument document;
    private final List<ReportFont> order;
    private final ReportFont.Lease[] leases;
    private final PDType0Font[] loaded;

    /** The fonts of {@code document}, {@code order} first to last; close after the document is saved. */
    public DocumentFonts(PDDocument document, List<ReportFont> order) {
        if (order.isEmpty()) {
            throw new IllegalArgumentException("a document needs at least one font");
        }
        this.document = document;
        this.order = List.copyOf(order);
        this.leases = new ReportFont.Lease[order.size()];
        this.loaded = new PDType0Font[order.size()];
    }

    /** A run of text written in one font. */
    public record Run(PDType0Font font, String text) {
    }

    /** {@code text} cut into runs of one font each, in order. */
    public List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>(1);
        StringBuilder run = new StringBuilder();
        int runFont = -1;
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            int font = fontOf(codePoint);
            int written = codePoint;
            if (font < 0) {
                written = Character.isWhitespace(codePoint) ? ' ' : MISSING.charAt(0);
                font = runFont < 0 ? 0 : runFont;
            }
            if (font != runFont && run.length() > 0) {
                runs.add(new Run(font(runFont), run.toString()));
                run.setLength(0);
            }
            runFont = font;
            run.appendCodePoint(written);
        }
        if (run.length() > 0) {
            runs.add(new Run(font(runFont), run.toString()));
        }
        return runs;
    }

    /** The width of {@code text} at a font size, in points. */
    public float width(String text, float fontSize) throws IOException {
        float width = 0;
        for (Run run : runs(text)) {
            width += run.font().getStringWidth(run.text()) / 1000f * fontSize;
        }
        return width;
    }

    /** The first font that has the character, -1 if none has. */
    private int fontOf(int codePoint) {
        for (int i = 0; i < leases.length; i++) {
            if (lease(i).covers(codePoint)) {
                return i;
            }
        }
        return -1;
    }

    private ReportFont.Lease lease(int index) {
        if (leases[index] == null) {
            leases[index] = order.get(index).lease();
        }
        return leases[index];
    }

    private PDType0Font font(int index) {
        if (loaded[index] == null) {
            loaded[index] = lease(index).load(document);
        }
        return loaded[index];
    }

    /** Gives the borrowed fonts back; after the document is saved, since saving reads their glyphs. */
    @Override
    public void close() {
        for (ReportFont.Lease lease : leases) {
            if (lease != null) {
                lease.close();
            }
        }
    }
}
