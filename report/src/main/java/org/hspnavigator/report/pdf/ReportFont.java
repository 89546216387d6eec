package org.hspnavigator.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font of the reports: IPAexGothic (IPAexゴシック, TrueType outlines, IPA Font License v1.0), kept
 * in this module's resources with its licence so that Japanese renders on a machine without fonts.
 * Each document embeds the subset of glyphs it uses; PDFBox subsets TrueType but not CFF-based
 * OpenType, hence a .ttf.
 *
 * <p>A document borrows a parsed font for as long as it is written ({@link #lease()}), and gives it
 * back once saved: parsing the font (its tables, its character map of some 20,000 glyphs) was most of
 * the time and memory of a report, and a parsed font reads its glyphs as a document is saved, so that
 * two documents must not use one at the same time.
 */
public final class ReportFont {

    private static final String RESOURCE = "/org/hspnavigator/report/fonts/ipaexg.ttf";
    /**
     * FontBox warns on stderr, through java.util.logging, that it ignores the font's table of variation
     * sequences (cmap format 14), which no report text uses. Held here so that the setting outlives a
     * garbage collection of the logger.
     */
    private static final Logger CMAP_LOGGER = quiet("org.apache.fontbox.ttf.CmapSubtable");

    private ReportFont() {
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    /** The parsed fonts no document is using; at most one per processor is kept. */
    private static final BlockingQueue<TrueTypeFont> IDLE = new LinkedBlockingQueue<>(
            Runtime.getRuntime().availableProcessors());

    /** The font file, read from the class path once rather than inflated from the jar for every font. */
    private static final class Bytes {
        static final byte[] FONT = withoutGlyphSubstitution(read());

        private static byte[] read() {
            try (InputStream in = ReportFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the report font " + RESOURCE + " is missing from the class path");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the report font " + RESOURCE, e);
            }
        }
    }

    private static final int TABLE_COUNT_OFFSET = 4;
    private static final int TABLE_RECORDS_OFFSET = 12;
    private static final int TABLE_RECORD_SIZE = 16;

    /**
     * The font with its glyph substitution table (GSUB) renamed in the table directory, so that PDFBox
     * does not see it. PDFBox applies the table to every string it writes with a font that has one, by
     * regular expressions built for each string: three quarters of a report's time. The reports need
     * none of its substitutions (vertical forms, alternative widths and glyphs of the JIS editions), so
     * each glyph stays the one the character maps to. The subset embedded in a PDF never holds a GSUB.
     */
    static byte[] withoutGlyphSubstitution(byte[] font) {
        byte[] copy = font.clone();
        int tables = ((copy[TABLE_COUNT_OFFSET] & 0xff) << 8) | (copy[TABLE_COUNT_OFFSET + 1] & 0xff);
        for (int i = 0; i < tables; i++) {
            int record = TABLE_RECORDS_OFFSET + i * TABLE_RECORD_SIZE;
            if (copy[record] == 'G' && copy[record + 1] == 'S' && copy[record + 2] == 'U' && copy[record + 3] == 'B') {
                // Lower case: a private tag no parser acts on.
                copy[record] = 'g';
                copy[record + 1] = 's';
                copy[record + 2] = 'u';
                copy[record + 3] = 'b';
            }
        }
        return copy;
    }

    /** A parsed font for one document, an idle one if there is, else parsed anew. */
    public static Lease lease() {
        TrueTypeFont idle = IDLE.poll();
        if (idle != null) {
            return new Lease(idle);
        }
        try {
            return new Lease(new TTFParser().parse(new RandomAccessReadBuffer(Bytes.FONT)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report font " + RESOURCE, e);
        }
    }

    /**
     * A parsed font lent to one document: {@link #load} it into the document, save the document, then
     * close the lease (after the document, since saving reads the glyphs of the subset).
     */
    public static final class Lease implements AutoCloseable {

        private final TrueTypeFont font;

        private Lease(TrueTypeFont font) {
            this.font = font;
        }

        /** The font in {@code document}, to be embedded as a subset when the document is saved. */
        public PDType0Font load(PDDocument document) {
            try {
                // PDFBox leaves a font it is given open: the lease gives it back to the idle ones.
                return PDType0Font.load(document, font, true);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the report font " + RESOURCE, e);
            }
        }

        @Override
        public void close() {
            // A full queue drops the font: its bytes are the shared array, the rest is garbage.
            IDLE.offer(font);
        }
    }
}
