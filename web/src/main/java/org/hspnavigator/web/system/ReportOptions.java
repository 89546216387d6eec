package org.hspnavigator.web.system;

import java.util.List;
import java.util.Optional;
import org.hspnavigator.report.ReportLanguage;
import org.hspnavigator.report.ReportParameters;
import org.hspnavigator.report.writer.ReportKind;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The query parameters of the PDF reports, read by {@link ReportParameters} as {@code hsp report} reads
 * its options of the same names ({@code --kind}, {@code --lang}), with the same defaults and the same
 * words when refused, and the PDF answer they give.
 */
public final class ReportOptions {

    public static final String PDF = "application/pdf";

    private ReportOptions() {
    }

    /** The {@code kind} parameter, read as {@code hsp report --kind}; the sheet when absent, empty when refused. */
    public static Optional<ReportKind> kind(String value, List<Problems.Located> problems) {
        String kind = value == null ? ReportParameters.DEFAULT_KIND : value;
        return QueryParameters.read("kind", ReportParameters.kind(kind), problems);
    }

    /** The {@code lang} parameter, read as {@code hsp report --lang}; Japanese when absent, empty when refused. */
    public static Optional<ReportLanguage> language(String value, List<Problems.Located> problems) {
        String tag = value == null ? ReportParameters.DEFAULT_LANGUAGE : value;
        return QueryParameters.read("lang", ReportParameters.language(tag), problems);
    }

    /** The PDF as a download named {@code filename}. */
    public static ResponseEntity<byte[]> pdf(byte[] pdf, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(PDF))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(pdf);
    }

    /** The PDF as a download named after {@code stem} and the person it is about ({@link DownloadName}). */
    public static ResponseEntity<byte[]> pdf(byte[] pdf, String stem, String person) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(PDF))
                .header(HttpHeaders.CONTENT_DISPOSITION, DownloadName.attachment(stem, person, "pdf"))
                .body(pdf);
    }

    /** The start of a report's file name, before its extension: {@code hsp-summary-zh-Hant}. */
    public static String stem(ReportKind kind, ReportLanguage language) {
        return "hsp-" + kind.tag() + "-" + language.tag();
    }

    /** The file name of a report: {@code hsp-summary-zh-Hant.pdf}. */
    public static String filename(ReportKind kind, ReportLanguage language) {
        return stem(kind, language) + ".pdf";
    }
}
