package org.hspnavigator.report.writer;

import java.util.Optional;

/**
 * A report an applicant's answers can be written as, by the name its option takes ({@code --kind
 * summary}, {@code ?kind=summary}): the point calculation sheet a consultant files, or the summary an
 * applicant keeps.
 */
public enum ReportKind {
    /** The point calculation sheet (ポイント計算表) of one category, laid out like the ISA's. */
    SHEET("sheet"),
    /** The applicant summary: the categories compared, the advisor's changes, the forecast, the dates. */
    SUMMARY("summary");

    private final String tag;

    ReportKind(String tag) {
        this.tag = tag;
    }

    /** The name of the kind in options and queries. */
    public String tag() {
        return tag;
    }

    /** The kind named {@code tag}; empty when no report is named so. */
    public static Optional<ReportKind> byTag(String tag) {
        for (ReportKind kind : values()) {
            if (kind.tag.equals(tag)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
