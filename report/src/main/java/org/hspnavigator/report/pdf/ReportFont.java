package org.hspnavigator.report.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A font the reports embed, kept in this module's resources with its licence so that the reports
 * render on a machine without fonts: IPAexGothic (IPAexゴシック, IPA Font License v1.0) for Japanese,
 * WenQuanYi Micro Hei (文泉驿微米黑, Apache-2.0) for Simplified and Traditional Chinese and Korean,
 * which IPAexGothic does not cover. Both have TrueType outlines: each document embeds the subset of
 * glyphs it uses, and PDFBox subsets TrueType but not CFF-based OpenType.
 *
 * <p>A document borrows a parsed font for as long as it is written ({@link #lease()}), and gives it
 * back once saved: parsing a font (its tables, its character map of 12,000 to 50,000 glyphs) was most
 * of the time and memory of a report, and a parsed font reads its glyphs as a document is saved, so
 * that two documents must not use one at the same time.
 */
public enum ReportFont {
    IPAEX_GOTHIC("ipaexg.ttf", null),
    /** The first face of the collection; the other is its monospaced twin. */
    WENQUANYI_MICRO_HEI("wqy-microhei.ttc", "WenQuanYiMicroHei");

    private static final String FOLDER = "/org/hspnavigator/report/fonts/";
    /**
     * FontBox warns on stderr, through java.util.logging, that it ignores a font's table of variation
     * sequences (cmap format 14), which no report text uses. Held here so that the setting outlives a
     * garbage collection of the logger.
     */
    private static final Logger CMAP_LOGGER = quiet("org.apache.fontbox.ttf.CmapSubtable");
    private static final int TABLE_COUNT_OFFSET = 4;
    private static final int TABLE_RECORDS_OFFSET = 12;
    private static final int TABLE_RECORD_SIZE = 16;
    private static final int COLLECTION_COUNT_OFFSET = 8;
    private static final int COLLECTION_OFFSETS_OFFSET = 12;

    private final String resource;
    /** The face's PostScript name inside a collection (.ttc); null for a single font file. */
    private final String face;
    /** The parsed fonts no document is using; at most one per processor is kept. */
    private final BlockingQueue<TrueTypeFont> idle = new LinkedBlockingQueue<>(
            Runtime.getRuntime().availableProcessors());
    /** The font file, read from the class path once rather than inflated from the jar for every font. */
    private volatile byte[] bytes;

    ReportFont(String file, String face) {
        this.resource = FOLDER + file;
        this.face = face;
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private byte[] bytes() {
        byte[] read = bytes;
        if (read == null) {
            synchronized (this) {
                read = bytes;
                if (read == null) {
                    read = withoutGlyphSubstitution(readResource());
                    bytes = read;
                }
            }
        }
        return read;
    }

    private byte[] readResource() {
        try (InputStream in = ReportFont.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the report font " + resource + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report font " + resource, e);
        }
    }

    /**
     * The font with its glyph substitution table (GSUB) renamed in the table directory (in each face's
     * directory of a collection), so that PDFBox does not see it. PDFBox applies the table to every
     * string it writes with a font that has one, by regular expressions built for each string: three
     * quarters of a report's time. The reports need none of its substitutions (vertical forms,
     * alternative widths and glyphs), so each glyph stays the one the character maps to. The subset
     * embedded in a PDF never holds a GSUB.
     */
    static byte[] withoutGlyphSubstitution(byte[] font) {
        byte[] copy = font.clone();
        if (copy[0] == 't' && copy[1] == 't' && copy[2] == 'c' && copy[3] == 'f') {
            int faces = readInt(copy, COLLECTION_COUNT_OFFSET);
            for (int i = 0; i < faces; i++) {
                hideGlyphSubstitution(copy, readInt(copy, COLLECTION_OFFSETS_OFFSET + 4 * i));
            }
        } else {
            hideGlyphSubstitution(copy, 0);
        }
        return copy;
    }

    private static void hideGlyphSubstitution(byte[] font, int directory) {
        int tables = ((font[directory + TABLE_COUNT_OFFSET] & 0xff) << 8) | (font[directory + TABLE_COUNT_OFFSET + 1] & 0xff);
        for (int i = 0; i < tables; i++) {
            int record = directory + TABLE_RECORDS_OFFSET + i * TABLE_RECORD_SIZE;
            if (font[record] == 'G' && font[record + 1] == 'S' && font[record + 2] == 'U' && font[record + 3] == 'B') {
                // Lower case: a private tag no parser acts on.
                font[record] = 'g';
                font[record + 1] = 's';
                font[record + 2] = 'u';
                font[record + 3] = 'b';
            }
        }
    }

    private static int readInt(byte[] bytes, int at) {
        return ((bytes[at] & 0xff) << 24) | ((bytes[at + 1] & 0xff) << 16) | ((bytes[at + 2] & 0xff) << 8)
                | (bytes[at + 3] & 0xff);
    }

    /** A parsed font for one document, an idle one if there is, else parsed anew. */
    public Lease lease() {
        TrueTypeFont font = idle.poll();
        if (font != null) {
            return new Lease(this, font);
        }
        try {
            if (face == null) {
                return new Lease(this, new TTFParser().parse(new RandomAccessReadBuffer(bytes())));
            }
            // The collection is left open: its faces read their glyphs from it for as long as they live.
            TrueTypeFont collected = new TrueTypeCollection(new ByteArrayInputStream(bytes())).getFontByName(face);
            if (collected == null) {
                throw new IllegalStateException("the report font " + resource + " has no face " + face);
            }
            return new Lease(this, collected);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report font " + resource, e);
        }
    }

    /**
     * A parsed font lent to one document: {@link #load} it into the document, save the document, then
     * close the lease (after the document, since saving reads the glyphs of the subset).
     */
    public static final class Lease implements AutoCloseable {

        private final ReportFont owner;
        private final TrueTypeFont font;
        private final CmapLookup characters;

        private Lease(ReportFont owner, TrueTypeFont font) {
            this.owner = owner;
            this.font = font;
            try {
                this.characters = font.getUnicodeCmapLookup();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the character map of " + owner.resource, e);
            }
        }

        /** Whether the font has a glyph for a Unicode code point. */
        public boolean covers(int codePoint) {
            return characters.getGlyphId(codePoint) != 0;
        }

        /** The font in {@code document}, to be embedded as a subset when the document is saved. */
        public PDType0Font load(PDDocument document) {
            try {
                // PDFBox leaves a font it is given open: the lease gives it back to the idle ones.
                return PDType0Font.load(document, font, true);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the report font " + owner.resource, e);
            }
        }

        @Override
        public void close() {
            // A full queue drops the font: its bytes are the shared array, the rest is garbage.
            owner.idle.offer(font);
        }
    }
}
