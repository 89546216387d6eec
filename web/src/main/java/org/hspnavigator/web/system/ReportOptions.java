package org.hspnavigator.web.system;

import java.util.List;
import java.util.Optional;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.report.ReportLanguage;
import org.hspnavigator.report.writer.ReportKind;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The query parameters of the PDF reports, read as {@code hsp report} reads its options of the same
 * names ({@code --kind}, {@code --lang}) with the same defaults and the same words when refused, and the
 * PDF answer they give.
 */
public final class ReportOptions {

    /** The language of a report when none is asked for: the sheet is filed in Japan. */
    public static final String DEFAULT_LANGUAGE = "ja";
    public static final String DEFAULT_KIND = "sheet";
    public static final String PDF = "application/pdf";

    private ReportOptions() {
    }

    /** The {@code kind} parameter; the sheet when absent, empty when refused. */
    public static Optional<ReportKind> kind(String value, List<Problems.Located> problems) {
        String kind = value == null ? DEFAULT_KIND : value;
        Optional<ReportKind> known = ReportKind.byTag(kind);
        if (known.isEmpty()) {
            problems.add(Problems.Located.query("kind", Problem.of("query.oneOf", ReportKind.tags(), kind)));
        }
        return known;
    }

    /** The {@code lang} parameter; Japanese when absent, empty when refused. */
    public static Optional<ReportLanguage> language(String value, List<Problems.Located> problems) {
        String tag = value == null ? DEFAULT_LANGUAGE : value;
        Optional<ReportLanguage> known = ReportLanguage.byTag(tag);
        if (known.isEmpty()) {
            problems.add(Problems.Located.query("lang", Problem.of("query.oneOf", ReportLanguage.tags(), tag)));
        }
        return known;
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
