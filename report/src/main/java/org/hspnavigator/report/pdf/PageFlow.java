package org.hspnavigator.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A flow of A4 pages written top to bottom: a cursor that moves down as lines are written, a new page
 * when the next block does not fit (starting with what a table that goes on repeats), text wrapped to
 * a width (between words for Latin and Korean text, between any two characters of Japanese or Chinese
 * text, as those languages break lines), and a footer on every page once the page count is known.
 * Coordinates are PDF points from the page's bottom left.
 */
public final class PageFlow implements AutoCloseable {

    /** The page's margin on every side. */
    public static final float MARGIN = 40f;
    private static final float FOOTER_BASELINE = 22f;
    private static final float FOOTER_SIZE = 7.5f;

    private final PDDocument document;
    private final DocumentFonts fonts;
    private final PDRectangle size = PDRectangle.A4;
    private PDPageContentStream content;
    private float y;
    /** What a page the flow breaks to starts with, such as the column headings of a table; null for nothing. */
    private Continuation continuation;
    private boolean continuing;

    public PageFlow(PDDocument document, DocumentFonts fonts) {
        this.document = document;
        this.fonts = fonts;
    }

    /** The left edge of the writing area. */
    public float left() {
        return MARGIN;
    }

    /** The width of the writing area. */
    public float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    /** The cursor: the top of the next block. */
    public float y() {
        return y;
    }

    /** Moves the cursor down. */
    public void down(float height) {
        y -= height;
    }

    /**
     * Starts a new page when fewer than {@code height} points are left above the bottom margin, and draws
     * the {@link #continueWith continuation} at its top.
     */
    public void need(float height) throws IOException {
        if (content == null || y - height < MARGIN) {
            newPage();
            if (continuation != null && !continuing) {
                continuing = true;
                try {
                    continuation.draw(this);
                } finally {
                    continuing = false;
                }
            }
        }
    }

    /**
     * What each page the flow breaks to from now on starts with, such as the column headings of a table
     * that goes on; {@code null} for nothing, once the table has ended.
     */
    public void continueWith(Continuation continuation) {
        this.continuation = continuation;
    }

    /** What a page that goes on from the one before starts with. */
    @FunctionalInterface
    public interface Continuation {
        void draw(PageFlow flow) throws IOException;
    }

    /** Ends the page being written and starts the next; the cursor goes to its top margin. */
    public void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(size);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = size.getHeight() - MARGIN;
    }

    /** Writes {@code text} with its baseline at {@code baseline}, starting at {@code x}. */
    public void text(float x, float baseline, float fontSize, String text) throws IOException {
        show(content, x, baseline, fontSize, text);
    }

    /** One text object whose runs follow each other, each in its font. */
    private void show(PDPageContentStream stream, float x, float baseline, float fontSize, String text)
            throws IOException {
        stream.beginText();
        stream.newLineAtOffset(x, baseline);
        for (DocumentFonts.Run run : fonts.runs(text)) {
            stream.setFont(run.font(), fontSize);
            stream.showText(run.text());
        }
        stream.endText();
    }

    /** Writes {@code text} ending at {@code right}. */
    public void textRight(float right, float baseline, float fontSize, String text) throws IOException {
        text(right - textWidth(text, fontSize), baseline, fontSize, text);
    }

    /** A rectangle filled with a grey level (0 black, 1 white), its top left at ({@code x}, {@code top}). */
    public void fill(float x, float top, float w, float h, float grey) throws IOException {
        content.setNonStrokingColor(grey, grey, grey);
        content.addRect(x, top - h, w, h);
        content.fill();
        content.setNonStrokingColor(0f, 0f, 0f);
    }

    /** A horizontal rule across the writing area at {@code at}. */
    public void rule(float at, float lineWidth) throws IOException {
        content.setLineWidth(lineWidth);
        content.moveTo(left(), at);
        content.lineTo(left() + width(), at);
        content.stroke();
    }

    /**
     * A straight line from ({@code x1}, {@code y1}) to ({@code x2}, {@code y2}) in a grey level (0
     * black), solid or dashed.
     */
    public void line(float x1, float y1, float x2, float y2, float lineWidth, float grey, boolean dashed)
            throws IOException {
        content.setLineWidth(lineWidth);
        content.setStrokingColor(grey, grey, grey);
        if (dashed) {
            content.setLineDashPattern(new float[] {3f, 2f}, 0f);
        }
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
        if (dashed) {
            content.setLineDashPattern(new float[0], 0f);
        }
        content.setStrokingColor(0f, 0f, 0f);
    }

    /** The width of {@code text} at a font size, in points. */
    public float textWidth(String text, float fontSize) throws IOException {
        return fonts.width(text, fontSize);
    }

    /**
     * {@code text} broken into lines no wider than {@code maxWidth}: between words where there are
     * spaces, between characters in a run of ideographs or kana, and inside a word only when the word
     * alone is too wide. A Japanese or Chinese text does not end with one character alone on its last
     * line: the character before goes down with it.
     */
    public List<String> wrap(String text, float fontSize, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String lastPiece = "";
        for (String piece : pieces(text)) {
            String candidate = line + piece;
            if (line.length() > 0 && textWidth(candidate.stripTrailing(), fontSize) > maxWidth) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                piece = piece.stripLeading();
            }
            lastPiece = piece;
            while (textWidth(piece.stripTrailing(), fontSize) > maxWidth && piece.length() > 1) {
                int fits = 1;
                while (fits < piece.length() && textWidth(piece.substring(0, fits + 1), fontSize) <= maxWidth) {
                    fits++;
                }
                lines.add(piece.substring(0, fits));
                piece = piece.substring(fits);
            }
            line.append(piece);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString().stripTrailing());
        }
        return withoutLoneLastCharacter(lines, lastPiece, fontSize, maxWidth);
    }

    /**
     * The lines, the last of which holds {@code lastPiece} only when it is one character of a script
     * written without spaces (with its closing punctuation) moved down a line together with the character
     * before it, so that it does not stand alone, as Japanese and Chinese typesetting avoids.
     */
    private List<String> withoutLoneLastCharacter(List<String> lines, String lastPiece, float fontSize, float maxWidth)
            throws IOException {
        int count = lines.size();
        if (count < 2 || !lines.get(count - 1).equals(lastPiece) || !breaksAnywhere(lastPiece.codePointAt(0))) {
            return lines;
        }
        List<String> before = pieces(lines.get(count - 2));
        String moved = before.isEmpty() ? "" : before.get(before.size() - 1);
        if (before.size() < 2 || !breaksAnywhere(moved.codePointAt(0))
                || textWidth(moved + lastPiece, fontSize) > maxWidth) {
            return lines;
        }
        List<String> moving = new ArrayList<>(lines.subList(0, count - 2));
        moving.add(String.join("", before.subList(0, before.size() - 1)).stripTrailing());
        moving.add(moved + lastPiece);
        return moving;
    }

    /**
     * The units a line may break after: a word with the spaces after it, or a single character of a
     * script written without spaces; an opening bracket goes with what follows it, which must not end a
     * line, and closing punctuation with what precedes it, which must not start one.
     */
    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            int first = text.codePointAt(i);
            i += Character.charCount(first);
            while (opening(first) && i < text.length()) {
                first = text.codePointAt(i);
                i += Character.charCount(first);
            }
            if (!breaksAnywhere(first)) {
                while (i < text.length() && !Character.isWhitespace(text.codePointAt(i))
                        && !breaksAnywhere(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
            }
            while (i < text.length() && closing(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (!breaksAnywhere(first)) {
                while (i < text.length() && Character.isWhitespace(text.codePointAt(i))) {
                    i++;
                }
            }
            pieces.add(text.substring(start, i));
        }
        return pieces;
    }

    private static boolean breaksAnywhere(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        // Korean is written with spaces between words and breaks between them (as the pages do, keep-all):
        // a line broken inside a word reads as a typo.
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || (codePoint >= 0x3000 && codePoint <= 0x303F) || (codePoint >= 0xFF00 && codePoint <= 0xFFEF);
    }

    private static boolean opening(int codePoint) {
        return "（「『【〔".indexOf(codePoint) >= 0;
    }

    private static boolean closing(int codePoint) {
        return "、。，．）」』】〕・：；！？ー）".indexOf(codePoint) >= 0;
    }

    /**
     * Closes the last page and writes {@code footer} (given the page number and the page count) at the
     * bottom of every page.
     */
    public void finish(FooterText footer) throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            try (PDPageContentStream footerContent = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                show(footerContent, left(), FOOTER_BASELINE, FOOTER_SIZE, footer.text(i + 1, count));
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    /** The footer of a page, from its number and the page count. */
    @FunctionalInterface
    public interface FooterText {
        String text(int page, int pages);
    }
}
