package org.hspnavigator.cli.input;

import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.procedure.Procedure;
import org.hspnavigator.formats.advice.AdviceOptions;
import org.hspnavigator.formats.procedure.ChecklistOptions;
import org.hspnavigator.formats.profile.CategoryParameter;
import org.hspnavigator.formats.validation.ParameterValue;
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

    /** A converter by the reading the API shares: the value read, or the value refused with its problem. */
    private abstract static class SharedReading<T> implements ITypeConverter<T> {

        /** The value as the API reads its query parameter of the same name. */
        abstract ParameterValue<T> read(String value);

        @Override
        public final T convert(String value) {
            return RefusedOptionValue.valueOf(read(value));
        }
    }

    /** {@code --category}: a category's id, in any case. */
    public static final class CategoryId extends SharedReading<Category> {

        @Override
        ParameterValue<Category> read(String value) {
            return CategoryParameter.parse(value);
        }
    }

    /** {@code --target} of {@code hsp advise}: 70 or 80. */
    public static final class Target extends SharedReading<Integer> {

        @Override
        ParameterValue<Integer> read(String value) {
            return AdviceOptions.target(value);
        }
    }

    /** {@code --limit} of {@code hsp advise}: at least 1. */
    public static final class Limit extends SharedReading<Integer> {

        @Override
        ParameterValue<Integer> read(String value) {
            return AdviceOptions.limit(value);
        }
    }

    /** {@code --procedure} of {@code hsp checklist}: a procedure's id, in any case. */
    public static final class ProcedureId extends SharedReading<Procedure> {

        @Override
        ParameterValue<Procedure> read(String value) {
            return ChecklistOptions.procedure(value);
        }
    }

    /** {@code --kind} of {@code hsp report}: sheet or summary. */
    public static final class ReportKindName extends SharedReading<ReportKind> {

        @Override
        ParameterValue<ReportKind> read(String value) {
            return ReportParameters.kind(value);
        }
    }

    /** {@code --lang} of {@code hsp report}: the language of the report. */
    public static final class ReportLanguageTag extends SharedReading<ReportLanguage> {

        @Override
        ParameterValue<ReportLanguage> read(String value) {
            return ReportParameters.language(value);
        }
    }
}
