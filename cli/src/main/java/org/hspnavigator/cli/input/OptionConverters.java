package org.hspnavigator.cli.input;

import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.procedure.Procedure;
import org.hspnavigator.formats.advice.AdviceOptions;
import org.hspnavigator.formats.procedure.ChecklistOptions;
import org.hspnavigator.formats.profile.CategoryParameter;
import org.hspnavigator.report.ReportLanguage;
import org.hspnavigator.report.ReportParameters;
import org.hspnavigator.report.writer.ReportKind;
import picocli.CommandLine.ITypeConverter;

/**
 * The converters of the options the API also takes as query parameters, each reading the value as the
 * API reads it, so that a value is refused in the same words on both (instead of picocli's own, such as
 * "is not an int").
 */
public final class OptionConverters {

    private OptionConverters() {
    }

    /** {@code --category}: a category's id, in any case. */
    public static final class CategoryId implements ITypeConverter<Category> {

        @Override
        public Category convert(String value) {
            return RefusedOptionValue.valueOf(CategoryParameter.parse(value));
        }
    }

    /** {@code --target} of {@code hsp advise}: 70 or 80. */
    public static final class Target implements ITypeConverter<Integer> {

        @Override
        public Integer convert(String value) {
            return RefusedOptionValue.valueOf(AdviceOptions.target(value));
        }
    }

    /** {@code --limit} of {@code hsp advise}: at least 1. */
    public static final class Limit implements ITypeConverter<Integer> {

        @Override
        public Integer convert(String value) {
            return RefusedOptionValue.valueOf(AdviceOptions.limit(value));
        }
    }

    /** {@code --procedure} of {@code hsp checklist}: a procedure's id, in any case. */
    public static final class ProcedureId implements ITypeConverter<Procedure> {

        @Override
        public Procedure convert(String value) {
            return RefusedOptionValue.valueOf(ChecklistOptions.procedure(value));
        }
    }

    /** {@code --kind} of {@code hsp report}: sheet or summary. */
    public static final class ReportKindName implements ITypeConverter<ReportKind> {

        @Override
        public ReportKind convert(String value) {
            return RefusedOptionValue.valueOf(ReportParameters.kind(value));
        }
    }

    /** {@code --lang} of {@code hsp report}: the language of the report. */
    public static final class ReportLanguageTag implements ITypeConverter<ReportLanguage> {

        @Override
        public ReportLanguage convert(String value) {
            return RefusedOptionValue.valueOf(ReportParameters.language(value));
        }
    }
}
