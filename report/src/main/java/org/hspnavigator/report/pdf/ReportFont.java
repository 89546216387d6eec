package org.hspnavigator.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font of the reports: IPAexGothic (IPAexゴシック, TrueType outlines, IPA Font License v1.0), kept
 * in this module's resources with its licence so that Japanese renders on a machine without fonts.
 * Each document embeds the subset of glyphs it uses; PDFBox subsets TrueType but not CFF-based
 * OpenType, hence a .ttf.
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

    /** Loads the font into {@code document}, to be embedded as a subset when the document is saved. */
    public static PDType0Font load(PDDocument document) {
        try (InputStream in = ReportFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the report font " + RESOURCE + " is missing from the class path");
            }
            return PDType0Font.load(document, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report font " + RESOURCE, e);
        }
    }
}
