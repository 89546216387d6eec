package org.hspnavigator.engine.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The strict loader refuses every kind of defective table with a message that names the file, the
 * line where there is one, and the problem. Each fixture under rejected/ is an official table with
 * one defect.
 */
class RuleBookLoaderTest {

    @ParameterizedTest(name = "{0} instead of {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            education-empty.tsv                  | education.tsv      | education.tsv: no header line
            education-unknown-column.tsv         | education.tsv      | unknown column "note"
            education-missing-column.tsv         | education.tsv      | missing column "source"
            education-wrong-field-count.tsv      | education.tsv      | education.tsv:5: 5 values for 6 columns
            education-impossible-date.tsv        | education.tsv      | column effective_from is not a real date: "2013-02-30"
            education-month-thirteen.tsv         | education.tsv      | column effective_from is not a real date: "2013-13-01"
            education-malformed-date.tsv         | education.tsv      | column effective_from is not a date in the form YYYY-MM-DD
            education-reversed-validity.tsv      | education.tsv      | effective_to 2013-12-23 is before effective_from 2017-04-26
            education-off-boundary.tsv           | education.tsv      | effective_to 2016-12-31 is not the last day before a rule set
            education-before-first-rule-set.tsv  | education.tsv      | effective_from 2012-05-07 is not the first day of a rule set
            education-overlap.tsv                | education.tsv      | overlapping education.tsv:6
            education-unknown-category.tsv       | education.tsv      | column category unknown value "BUSINESS"
            education-unknown-degree.tsv         | education.tsv      | column degree unknown value "PHD"
            education-negative-points.tsv        | education.tsv      | column points must not be negative: -20
            education-fractional-points.tsv      | education.tsv      | column points is not a whole number: "20.5"
            education-unknown-source.tsv         | education.tsv      | cites unknown source "blog-post"
            education-source-twice.tsv           | education.tsv      | education.tsv:10: column source cites "ordinance-art1" twice
            education-stray-space.tsv            | education.tsv      | column degree has leading or trailing spaces
            education-crlf.tsv                   | education.tsv      | carriage return
            education-incomplete-tiers.tsv       | education.tsv      | BUSINESS_MANAGEMENT has rows for some but not every degree
            education-category-twice.tsv         | education.tsv      | lists BUSINESS_MANAGEMENT twice
            career-no-zero-row.tsv               | career.tsv         | career in SPECIALIZED_TECHNICAL has no row starting at 0
            salary-missing-age-band.tsv          | salary.tsv         | none for age band FROM_40
            rule-sets-out-of-order.tsv           | rule-sets.tsv      | 2021-07-30 must be after the rule set above it
            additions-tier-missing.tsv           | additions.tsv      | japaneseLanguage needs a tier
            additions-tier-on-untiered-item.tsv  | additions.tsv      | growthField has no tiers
            additions-tabled-item.tsv            | additions.tsv      | "education" has its own table file
            additions-unknown-item.tsv           | additions.tsv      | unknown item "toeicScore"
            thresholds-no-pass-mark.tsv          | thresholds.tsv     | no passMark for ACADEMIC_RESEARCH
            thresholds-unknown-name.tsv          | thresholds.tsv     | unknown threshold "researchPaper"
            thresholds-missing-for-item.tsv      | thresholds.tsv     | no investmentYen for BUSINESS_MANAGEMENT
            sources-insecure-url.tsv             | sources.tsv        | must be an https address
            sources-duplicate-id.tsv             | sources.tsv        | repeats source "isa-qa"
            """)
    void refusesADefectiveTable(String fixture, String replaces, String expectedProblem) {
        assertThatThrownBy(() -> RuleBook.load(replacing(replaces, fixture)))
                .isInstanceOf(TableFormatException.class)
                .hasMessageContaining(expectedProblem);
    }

    @Test
    void refusesAMissingTableFile() {
        TableSource withoutCareer = fileName -> fileName.equals("career.tsv")
                ? Optional.empty() : TableSource.official().open(fileName);
        assertThatThrownBy(() -> RuleBook.load(withoutCareer))
                .isInstanceOf(TableFormatException.class)
                .hasMessage("career.tsv: table file not found");
    }

    @Test
    void theOfficialTablesFromWhichTheFixturesDeriveLoad() {
        assertThat(RuleBook.load(TableSource.official()).ruleSets()).hasSize(4);
    }

    private static TableSource replacing(String officialFile, String fixture) {
        return fileName -> {
            if (fileName.equals(officialFile)) {
                InputStream in = RuleBookLoaderTest.class.getResourceAsStream("rejected/" + fixture);
                assertThat(in).as("fixture " + fixture).isNotNull();
                return Optional.of(in);
            }
            return TableSource.official().open(fileName);
        };
    }
}
