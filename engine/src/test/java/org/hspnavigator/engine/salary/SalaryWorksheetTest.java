package org.hspnavigator.engine.salary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What counts as annual salary (docs/rules.md §4; ISA HSP Q&A; ISA English summary note 2): each
 * component on both sides, with an amount and without, and the foreign parent's pay with and without a
 * transfer.
 */
class SalaryWorksheetTest {

    private static final long BASE = 400_000;

    @ParameterizedTest(name = "{0} counted: {1}")
    @CsvSource({
        "BASE_PAY, true", "FIXED_ALLOWANCES, true", "GUARANTEED_BONUS, true", "DISCRETIONARY_BONUS, false",
        "FIXED_OVERTIME, true", "VARIABLE_OVERTIME, false", "COMMUTING_ALLOWANCE, false",
        "HOUSING_ALLOWANCE, false", "FAMILY_ALLOWANCE, false", "FOREIGN_PARENT_PAY, false"})
    void eachComponentCountsOrNotAsTheRulesSay(PayComponent component, boolean counted) {
        long amount = 50_000;
        SalaryWorksheet without = SalaryWorksheet.of(Map.of(PayComponent.BASE_PAY, BASE), false);
        Map<PayComponent, Long> amounts = new EnumMap<>(PayComponent.class);
        amounts.put(PayComponent.BASE_PAY, BASE);
        amounts.merge(component, amount, Long::sum);
        SalaryWorksheet with = SalaryWorksheet.of(amounts, false);
        long yearly = amount * component.period().timesAYear();
        assertThat(with.annualSalaryYen() - without.annualSalaryYen()).isEqualTo(counted ? yearly : 0);
        assertThat(with.notCountedYen() - without.notCountedYen()).isEqualTo(counted ? 0 : yearly);
    }

    @Test
    void theForeignParentsPayCountsForAnEmployeeTransferredFromItOnly() {
        Map<PayComponent, Long> amounts = Map.of(PayComponent.BASE_PAY, BASE, PayComponent.FOREIGN_PARENT_PAY, 2_000_000L);
        assertThat(SalaryWorksheet.of(amounts, true).annualSalaryYen()).isEqualTo(BASE * 12 + 2_000_000);
        assertThat(SalaryWorksheet.of(amounts, false).annualSalaryYen()).isEqualTo(BASE * 12);
    }

    @ParameterizedTest
    @EnumSource(PayComponent.class)
    void aMonthlyAmountIsPaidTwelveTimesAndAYearlyOneOnce(PayComponent component) {
        SalaryWorksheet sheet = SalaryWorksheet.of(Map.of(component, 1_000L), true);
        SalaryWorksheet.Line line = sheet.lines().get(component.ordinal());
        assertThat(line.component()).isEqualTo(component);
        assertThat(line.yearlyYen()).isEqualTo(component.period() == PayComponent.Period.MONTH ? 12_000 : 1_000);
    }

    @Test
    void theArticlesSalaryOfEightMillionIsBasePayAndABonus() {
        // ¥500,000 a month, a stated bonus of ¥2,000,000; commuting and overtime are left out.
        SalaryWorksheet sheet = SalaryWorksheet.of(Map.of(PayComponent.BASE_PAY, 500_000L,
                PayComponent.GUARANTEED_BONUS, 2_000_000L, PayComponent.COMMUTING_ALLOWANCE, 20_000L,
                PayComponent.VARIABLE_OVERTIME, 60_000L), false);
        assertThat(sheet.annualSalaryYen()).isEqualTo(8_000_000);
        assertThat(sheet.notCountedYen()).isEqualTo(960_000);
    }

    @Test
    void anAmountOutsideTheBoundsIsRefusedNamingTheComponent() {
        assertThatThrownBy(() -> SalaryWorksheet.of(Map.of(PayComponent.HOUSING_ALLOWANCE, -1L), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("housingAllowance");
        assertThatThrownBy(() -> SalaryWorksheet.of(Map.of(PayComponent.BASE_PAY, SalaryWorksheet.MAX_AMOUNT_YEN + 1), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("basePay");
        assertThat(SalaryWorksheet.of(Map.of(PayComponent.BASE_PAY, SalaryWorksheet.MAX_AMOUNT_YEN), false)
                .annualSalaryYen()).isEqualTo(SalaryWorksheet.MAX_AMOUNT_YEN * 12);
    }
}
