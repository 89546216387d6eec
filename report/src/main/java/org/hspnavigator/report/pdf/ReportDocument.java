package org.hspnavigator.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * A report's PDF file from the first page to its bytes: the language's fonts embedded, the pages the
 * report draws, a footer on every page, and the document information that PDF readers and screen
 * readers show (title, subject, creator, creation date, language). Each report says only what it draws.
 */
public final class ReportDocument {

    private static final String CREATOR = "HSP Navigator";

    private ReportDocument() {
    }

    /** What a report draws, starting on the document's first page. */
    @FunctionalInterface
    public interface Pages {
        void draw(PageFlow flow) throws IOException;
    }

    /** The document information of a report; {@code languageTag} is a BCP 47 tag such as {@code zh-Hant}. */
    public record Information(String title, String subject, Instant created, String languageTag) {
    }

    /**
     * The PDF of {@code pages} in {@code fonts}, with {@code footer} on every page and {@code information}
     * in its catalogue. {@code report} names the report in the error raised when the file cannot be made.
     */
    public static byte[] write(List<ReportFont> fonts, Pages pages, PageFlow.FooterText footer,
            Information information, String report) {
        try (PDDocument document = new PDDocument(); DocumentFonts documentFonts = new DocumentFonts(document, fonts)) {
            try (PageFlow flow = new PageFlow(document, documentFonts)) {
                flow.newPage();
                pages.draw(flow);
                flow.finish(footer);
            }
            describe(document, information);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the " + report, e);
        }
    }

    private static void describe(PDDocument document, Information information) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(information.title());
        info.setSubject(information.subject());
        info.setCreator(CREATOR);
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(information.created().toEpochMilli());
        info.setCreationDate(calendar);
        document.getDocumentCatalog().setLanguage(information.languageTag());
    }
}
