package org.hspnavigator.engine.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.hspnavigator.engine.points.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The J-Skip table (docs/rules.md §13) as packaged, and the strict loader's refusals. */
class JSkipTableTest {

    private static final String HEADER = "category\tbasis\tmin_experience_years\tmin_salary_yen\teffective_from"
            + "\teffective_to\tsource\n";

    private static JSkipTable load(String rows) {
        TableSource official = TableSource.official();
        return JSkipTable.load(file -> file.equals(JSkipTable.FILE)
                ? Optional.of(new ByteArrayInputStream((HEADER + rows).getBytes(StandardCharsets.UTF_8)))
                : official.open(file));
    }

    @Test
    void theOfficialTableHasTwoLinesForResearchAndTechnicalAndOneForManagementFromTheStartOfJSkip() {
        JSkipTable table = JSkipTable.official();
        LocalDate start = LocalDate.of(2023, 4, 21);
        assertThat(table.firstDate()).isEqualTo(start);
        assertThat(table.linesOn(start.minusDays(1))).isEmpty();
        assertThat(table.linesOn(start, Category.ACADEMIC_RESEARCH)).extracting(JSkipLine::basis)
                .containsExactly(JSkipBasis.GRADUATE_DEGREE, JSkipBasis.EXPERIENCE);
        assertThat(table.linesOn(start, Category.SPECIALIZED_TECHNICAL)).extracting(JSkipLine::minSalaryYen)
                .containsExactly(20_000_000L, 20_000_000L);
        assertThat(table.linesOn(start, Category.BUSINESS_MANAGEMENT)).singleElement().satisfies(line -> {
            assertThat(line.minExperienceYears()).isEqualTo(5);
            assertThat(line.minSalaryYen()).isEqualTo(40_000_000L);
            assertThat(line.sources()).extracting(s -> s.id()).containsExactly("isa-jskip");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a degree line with years|SPECIALIZED_TECHNICAL\tGRADUATE_DEGREE\t3\t20000000\t2023-04-21\t\tisa-jskip|min_experience_years",
        "an experience line without years|SPECIALIZED_TECHNICAL\tEXPERIENCE\t0\t20000000\t2023-04-21\t\tisa-jskip|min_experience_years",
        "an unknown basis|SPECIALIZED_TECHNICAL\tPATENTS\t0\t20000000\t2023-04-21\t\tisa-jskip|PATENTS",
        "an unknown category|ENGINEERING\tEXPERIENCE\t10\t20000000\t2023-04-21\t\tisa-jskip|ENGINEERING",
        "no salary|SPECIALIZED_TECHNICAL\tEXPERIENCE\t10\t0\t2023-04-21\t\tisa-jskip|min_salary_yen",
        "an unknown source|SPECIALIZED_TECHNICAL\tEXPERIENCE\t10\t20000000\t2023-04-21\t\tblog|blog",
        "an impossible date|SPECIALIZED_TECHNICAL\tEXPERIENCE\t10\t20000000\t2023-02-30\t\tisa-jskip|2023-02-30",
        "an end before the start|SPECIALIZED_TECHNICAL\tEXPERIENCE\t10\t20000000\t2023-04-21\t2023-04-01\tisa-jskip|effective_to",
    })
    void aDefectiveRowIsRefusedNamingTheProblem(String what, String row, String named) {
        assertThatThrownBy(() -> load(row.replace("\\t", "\t") + "\n"))
                .isInstanceOf(TableFormatException.class).hasMessageContaining(named);
    }

    @Test
    void twoLinesOfTheSameKindInForceTogetherAreRefused() {
        assertThatThrownBy(() -> load("SPECIALIZED_TECHNICAL\tEXPERIENCE\t10\t20000000\t2023-04-21\t\tisa-jskip\n"
                + "ACADEMIC_RESEARCH,SPECIALIZED_TECHNICAL\tEXPERIENCE\t8\t20000000\t2024-01-01\t\tisa-jskip\n"))
                .isInstanceOf(TableFormatException.class).hasMessageContaining("overlapping");
    }

    @Test
    void anEmptyTableIsRefused() {
        assertThatThrownBy(() -> load("")).isInstanceOf(TableFormatException.class).hasMessageContaining("no J-Skip line");
    }

    @Test
    void aClosedLineAndItsSuccessorAreBothKeptWithTheirDates() {
        JSkipTable table = load("SPECIALIZED_TECHNICAL\tEXPERIENCE\t10\t20000000\t2023-04-21\t2025-03-31\tisa-jskip\n"
                + "SPECIALIZED_TECHNICAL\tEXPERIENCE\t8\t20000000\t2025-04-01\t\tisa-jskip\n");
        assertThat(table.linesOn(LocalDate.of(2025, 3, 31), Category.SPECIALIZED_TECHNICAL))
                .extracting(JSkipLine::minExperienceYears).containsExactly(10);
        assertThat(table.linesOn(LocalDate.of(2025, 4, 1), Category.SPECIALIZED_TECHNICAL))
                .extracting(JSkipLine::minExperienceYears).containsExactly(8);
    }
}
