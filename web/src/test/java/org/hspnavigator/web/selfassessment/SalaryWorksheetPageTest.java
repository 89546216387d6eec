package org.hspnavigator.web.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hspnavigator.engine.salary.PayComponent;
import org.hspnavigator.web.ApiTest;
import org.hspnavigator.web.Http;
import org.hspnavigator.web.system.PageLanguage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The salary worksheet page, without JavaScript: each component on both sides (with an amount that
 * counts or not, against the base pay alone), the foreign parent's pay with and without a transfer, the
 * total carried into the form with the other answers, and an amount that is no number named at its field.
 */
@ApiTest
class SalaryWorksheetPageTest {

    private static final String BASE = "pay.basePay=400%2C000";

    @LocalServerPort
    int port;

    private Http.Answer page(String path) {
        Http http = new Http(port);
        return http.send(HttpRequest.newBuilder(http.uri(path)).header("Accept", "text/html"));
    }

    @ParameterizedTest(name = "{0} counted: {1}")
    @CsvSource({
        "fixedAllowances, 30000, true, 360000", "guaranteedBonus, 1000000, true, 1000000",
        "discretionaryBonus, 1000000, false, 1000000", "fixedOvertime, 40000, true, 480000",
        "variableOvertime, 40000, false, 480000", "commutingAllowance, 15000, false, 180000",
        "housingAllowance, 50000, false, 600000", "familyAllowance, 10000, false, 120000",
        "foreignParentPay, 2000000, false, 2000000"})
    void eachComponentCountsOrNotAndTheTotalSaysSo(String component, long amount, boolean counted, long yearly) {
        String alone = page("/en/self-assessment/salary?" + BASE).body();
        String with = page("/en/self-assessment/salary?" + BASE + "&pay." + component + "=" + amount).body();
        assertThat(annualSalary(alone)).isEqualTo(4_800_000);
        assertThat(annualSalary(with)).isEqualTo(4_800_000 + (counted ? yearly : 0));
        assertThat(with).containsPattern("id=\"line-" + component + "\" class=\"" + (counted ? "counted" : "excluded") + "\"");
    }

    @Test
    void theForeignParentsPayCountsWhenTheApplicantIsTransferredFromIt() {
        String transferred = page("/en/self-assessment/salary?" + BASE + "&pay.foreignParentPay=2000000&transferred=true").body();
        assertThat(annualSalary(transferred)).isEqualTo(6_800_000);
        assertThat(transferred).contains("id=\"line-foreignParentPay\" class=\"counted\"");
    }

    @Test
    void theTotalGoesIntoTheFormWithTheOtherAnswers() {
        String body = page("/en/self-assessment/salary?work=SPECIALIZED_TECHNICAL&birthDate=1994-03-10"
                + "&annualSalaryYen=1&" + BASE + "&pay.guaranteedBonus=1%2C200%2C000").body();
        Matcher use = Pattern.compile("<form method=\"get\" id=\"use-total\"[\\s\\S]*?</form>").matcher(body);
        assertThat(use.find()).isTrue();
        assertThat(use.group()).contains("action=\"/en/self-assessment\"")
                .contains("name=\"birthDate\" value=\"1994-03-10\"").contains("name=\"work\" value=\"SPECIALIZED_TECHNICAL\"")
                .contains("name=\"annualSalaryYen\" value=\"6000000\"").doesNotContain("value=\"1\"");
        String form = page("/en/self-assessment?work=SPECIALIZED_TECHNICAL&birthDate=1994-03-10&annualSalaryYen=6000000").body();
        assertThat(form).contains("id=\"q-annualSalaryYen\" name=\"annualSalaryYen\"").contains("value=\"6000000\"")
                .contains("Your answer: +20 points");
    }

    @Test
    void anAmountThatIsNoNumberIsNamedAtItsFieldAndNoTotalIsShown() {
        Http.Answer answer = page("/en/self-assessment/salary?" + BASE + "&pay.housingAllowance="
                + URLEncoder.encode("5万", StandardCharsets.UTF_8));
        String body = answer.body();
        assertThat(body).contains("id=\"problems\"").contains("href=\"#pay-housingAllowance\"")
                .contains("aria-invalid=\"true\"").doesNotContain("id=\"annual-salary\"");
    }

    @ParameterizedTest
    @EnumSource(PageLanguage.class)
    void theWorksheetIsInEveryLanguageWithTheJapaneseTerms(PageLanguage language) {
        Http.Answer answer = page("/" + language.tag() + "/self-assessment/salary?" + BASE);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("<html lang=\"" + language.tag() + "\"").contains("基本給")
                .doesNotContain("??");
        assertThat(PayComponent.values()).allSatisfy(component -> assertThat(answer.body())
                .contains("id=\"pay-" + component.id() + "\""));
    }

    private static long annualSalary(String body) {
        Matcher total = Pattern.compile("id=\"annual-salary\" data-yen=\"(\\d+)\"").matcher(body);
        assertThat(total.find()).as("annual salary shown").isTrue();
        return Long.parseLong(total.group(1));
    }
}
