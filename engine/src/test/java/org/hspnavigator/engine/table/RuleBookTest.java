package org.hspnavigator.engine.table;

import java.time.LocalDate;
import org.hspnavigator.engine.points.AgeBand;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.profile.DegreeTier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The official rule book: which rule set is in force on which day (docs/rules.md §10), and what it contains. */
class RuleBookTest {

    private final RuleBook book = RuleBook.official();

    @Test
    void aFlatAdditionIsInForceWhereSomeCategoryHasItsRow() {
        int inForce = 0;
        for (RuleSet rules : book.ruleSets()) {
            for (CriterionId id : CriterionId.values()) {
                boolean anyRow = false;
                for (Category category : Category.values()) {
                    for (AdditionTier tier : AdditionTier.values()) {
                        anyRow |= rules.addition(id, tier, category).isPresent();
                    }
                }
                assertThat(rules.additionInForce(id)).as("%s in %s", id, rules.id()).isEqualTo(anyRow);
                inForce += anyRow ? 1 : 0;
            }
        }
        assertThat(inForce).as("additions in force, over all rule sets").isGreaterThan(10);
        assertThat(book.ruleSetOn(LocalDate.of(2023, 3, 30)).additionInForce(CriterionId.LOCAL_GOVERNMENT_SUPPORT))
                .isFalse();
        assertThat(book.ruleSetOn(LocalDate.of(2023, 3, 31)).additionInForce(CriterionId.LOCAL_GOVERNMENT_SUPPORT))
                .isTrue();
    }

    @Test
    void theOfficialBookIsLoadedOnce() {
        assertThat(RuleBook.official()).isSameAs(book);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2013-12-24, 2013-12-24",
        "2017-04-25, 2013-12-24",
        "2017-04-26, 2017-04-26",
        "2021-07-29, 2017-04-26",
        "2021-07-30, 2021-07-30",
        "2023-03-30, 2021-07-30",
        "2023-03-31, 2023-03-31",
        "2026-11-27, 2023-03-31"
    })
    void theRuleSetInForceStartsOnItsDateAndEndsTheDayBeforeTheNext(LocalDate date, String expected) {
        assertThat(book.ruleSetOn(date).id()).isEqualTo(expected);
    }

    @Test
    void aDateBeforeTheFirstRuleSetIsRefusedNamingTheDate() {
        assertThatThrownBy(() -> book.ruleSetOn(LocalDate.of(2013, 12, 23)))
                .isInstanceOf(ReferenceDateOutOfRangeException.class)
                .hasMessageContaining("2013-12-23")
                .hasMessageContaining("2013-12-24");
        assertThat(book.earliestDate()).isEqualTo(LocalDate.of(2013, 12, 24));
    }

    @Test
    void eachRuleSetKnowsItsLastDay() {
        assertThat(book.ruleSetOn(LocalDate.of(2020, 1, 1)).validity().to()).contains(LocalDate.of(2021, 7, 29));
        assertThat(book.ruleSetOn(LocalDate.of(2024, 1, 1)).validity().to()).isEmpty();
    }

    @Test
    void rowsThatDoNotExistInACategoryAreEmptyNotZero() {
        RuleSet current = book.ruleSetOn(LocalDate.of(2026, 1, 1));
        assertThat(current.age(Category.BUSINESS_MANAGEMENT, AgeBand.UNDER_30)).isEmpty();
        assertThat(current.research(Category.BUSINESS_MANAGEMENT, 2)).isEmpty();
        assertThat(current.addition(CriterionId.INVESTMENT, Category.SPECIALIZED_TECHNICAL)).isEmpty();
        assertThat(current.threshold(Threshold.SALARY_FLOOR_YEN, Category.ACADEMIC_RESEARCH)).isEmpty();
        RuleSet first = book.ruleSetOn(LocalDate.of(2016, 1, 1));
        assertThat(first.addition(CriterionId.JAPANESE_LANGUAGE, AdditionTier.N2_TIER, Category.ACADEMIC_RESEARCH))
                .isEmpty();
        assertThat(first.education(Category.ACADEMIC_RESEARCH, DegreeTier.BACHELOR)).hasValueSatisfying(
                row -> assertThat(row.points()).isZero());
    }

    @Test
    void bracketsApplyFromTheirLowerBoundUpToTheNext() {
        RuleSet current = book.ruleSetOn(LocalDate.of(2026, 1, 1));
        assertThat(current.salary(Category.SPECIALIZED_TECHNICAL, AgeBand.UNDER_30, 3_999_999).orElseThrow().points())
                .isZero();
        PointRow fourMillion = current.salary(Category.SPECIALIZED_TECHNICAL, AgeBand.UNDER_30, 4_000_000).orElseThrow();
        assertThat(fourMillion.points()).isEqualTo(10);
        assertThat(fourMillion.option()).isEqualTo("¥4,000,000 to under ¥5,000,000");
        assertThat(current.career(Category.BUSINESS_MANAGEMENT, 10).orElseThrow().option()).isEqualTo("10 or more years");
        assertThat(current.research(Category.ACADEMIC_RESEARCH, 1).orElseThrow().option()).isEqualTo("1 test");
    }

    @Test
    void everyRowCitesAnOfficialSource() {
        for (RuleSet ruleSet : book.ruleSets()) {
            for (Category category : Category.values()) {
                for (DegreeTier tier : DegreeTier.values()) {
                    ruleSet.education(category, tier).ifPresent(row -> assertThat(row.sources()).isNotEmpty()
                            .allSatisfy(source -> assertThat(source.url()).startsWith("https://")));
                }
            }
        }
    }

    @Test
    void everyRuleSetsIdNamesItsFirstDay() {
        for (RuleSet rules : book.ruleSets()) {
            assertThat(RuleSet.firstDay(rules.id())).as(rules.id()).contains(rules.validity().from());
        }
    }

    @ParameterizedTest
    @CsvSource({"''", "latest", "2023-02-30", "2023-3-31", "2023-03-31x"})
    void aTextThatIsNoDateNamesNoFirstDay(String id) {
        assertThat(RuleSet.firstDay(id)).isEmpty();
    }
}
