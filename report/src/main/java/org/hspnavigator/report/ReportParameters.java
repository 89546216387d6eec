package org.hspnavigator.report;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.formats.validation.Choices;
import org.hspnavigator.formats.validation.ParameterValue;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.report.writer.ReportKind;

/**
 * What a report is asked for beside its applicant: its kind and its language. The command line
 * ({@code hsp report --kind}, {@code --lang}) and the API ({@code kind}, {@code lang} of the reports)
 * read them here, so that both refuse the same values in the same words.
 */
public final class ReportParameters {

    /** The report when none is named: the point calculation sheet. */
    public static final String DEFAULT_KIND = "sheet";
    /** The language of a report when none is asked for: the sheet is filed in Japan. */
    public static final String DEFAULT_LANGUAGE = "ja";

    private ReportParameters() {
    }

    /** The report named {@code text}: {@code sheet} or {@code summary}. */
    public static ParameterValue<ReportKind> kind(String text) {
        return oneOf(text, ReportKind.byTag(text), Arrays.stream(ReportKind.values()).map(ReportKind::tag).toList());
    }

    /** The language of the tag {@code text}: {@code ja}, {@code en}, {@code zh}, {@code zh-Hant} or {@code ko}. */
    public static ParameterValue<ReportLanguage> language(String text) {
        return oneOf(text, ReportLanguage.byTag(text),
                Arrays.stream(ReportLanguage.values()).map(ReportLanguage::tag).toList());
    }

    private static <T> ParameterValue<T> oneOf(String text, Optional<T> known, List<String> tags) {
        return known.map(ParameterValue::accepted)
                .orElseGet(() -> ParameterValue.refused(Problem.of("query.oneOf", Choices.of(tags), text)));
    }
}
