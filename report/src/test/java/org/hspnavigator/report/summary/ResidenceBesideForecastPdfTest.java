package org.hspnavigator.report.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.applicant.HspStatus;
import org.hspnavigator.engine.applicant.Household;
import org.hspnavigator.engine.applicant.Residence;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.report.ReportLanguage;
import org.hspnavigator.report.sheet.SheetPdfFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The permanent-residence routes of the summary beside its points forecast, as the results page explains
 * them: the routes keep the stated years of experience on every later day (docs/rules.md §11) while the
 * forecast adds the years completed by working on (§3), and the summary names the first day such a year
 * takes the forecast to a route's points from below. Ms Li of the examples, with the HSP status from the
 * reference date: with 3 years stated, 70 points, 65 from her 30th birthday (2028-07-01) and 70 again the
 * day her fifth year completes (2028-11-27), a day named; with 4 years stated, her fifth year completes on
 * 2027-11-27 and takes 70 to 75, from a route's points and not to them, a day not named.
 */
class ResidenceBesideForecastPdfTest {

    private static final ApplicantSummaries SUMMARIES = ApplicantSummaries.official();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final LocalDate FIFTH_YEAR = LocalDate.of(2028, 11, 27);

    private static Profile msLi(int years) {
        try {
            String json = Files.readString(CaseFiles.repositoryRoot().resolve("examples").resolve("ms-li.json"))
                    .replace("\"specializedTechnical\": 3", "\"specializedTechnical\": " + years);
            return SheetPdfFixture.profile(StrictJson.parse(json));
        } catch (IOException | org.hspnavigator.formats.validation.InvalidInputException e) {
            throw new AssertionError(e);
        }
    }

    /** Her case with the status granted on the reference date with her 70 points, as the results page makes it. */
    private static ApplicantCase withStatusFromToday(Profile profile) {
        HspStatus status = new HspStatus(TODAY, Category.SPECIALIZED_TECHNICAL, 70, false);
        return new ApplicantCase(List.of(profile), new Residence(TODAY, Optional.of(status)), Household.NONE,
                OptionalInt.empty());
    }

    private static String summaryText(Profile profile, ApplicantCase applicant, ReportLanguage language) {
        ApplicantSummary summary = SUMMARIES.of(profile, Optional.of(applicant), Optional.empty());
        return squeezed(SheetPdfFixture.text(new SummaryPdf(language, SheetSource.COMMAND_LINE).write(summary, SheetPdfFixture.CREATED)));
    }

    /**
     * The text without its spaces and line breaks: a sentence the PDF wraps is found whole whichever
     * characters the lines break between.
     */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** Whether {@code text} holds the sentence of {@code key}, whatever its arguments. */
    private static boolean holdsSentence(String text, SummaryTexts texts, String key) {
        String marked = texts.text(key, "\uE000", "\uE000");
        StringBuilder regex = new StringBuilder();
        for (String literal : squeezed(marked).split("\uE000", -1)) {
            regex.append(regex.length() == 0 ? "" : ".+?").append(Pattern.quote(literal));
        }
        return Pattern.compile(regex.toString()).matcher(text).find();
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void msLisSummaryNamesTheDayHerFifthYearTakesTheForecastBackTo70(ReportLanguage language) {
        Profile profile = msLi(3);
        String text = summaryText(profile, withStatusFromToday(profile), language);
        SummaryTexts texts = new SummaryTexts(language);
        assertThat(text).contains(squeezed(texts.text("pr.experienceAsStated")))
                .contains(squeezed(texts.text("pr.experienceRise", FIFTH_YEAR, 70)))
                .doesNotContain(squeezed(texts.text("pr.experienceRise", FIFTH_YEAR.minusDays(1), 70)));
    }

    @Test
    void inEnglishAndJapaneseTheWordsAreThoseOfTheResultsPage() {
        Profile profile = msLi(3);
        assertThat(summaryText(profile, withStatusFromToday(profile), ReportLanguage.EN)).contains(
                squeezed("The forecast shows 70 points from 2028-11-27 because it adds a completed year of experience,"
                        + " which the routes do not count."),
                squeezed("The dates take the latest answers as true on every later day, the years of experience"
                        + " included: only the age and the rules change"));
        assertThat(summaryText(profile, withStatusFromToday(profile), ReportLanguage.JA))
                .contains("見通しは職歴の1年の満了を加えるため2028年11月27日から70点を示しますが、経路はこれを数えません。");
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void aYearTakingTheForecastFrom70To75IsNotNamedButTheGeneralNoteStays(ReportLanguage language) {
        Profile profile = msLi(4);
        String text = summaryText(profile, withStatusFromToday(profile), language);
        SummaryTexts texts = new SummaryTexts(language);
        assertThat(text).contains(squeezed(texts.text("pr.experienceAsStated")));
        assertThat(holdsSentence(text, texts, "pr.experienceRise")).isFalse();
        // The pattern finds the sentence where it stands.
        assertThat(holdsSentence(summaryText(msLi(3), withStatusFromToday(msLi(3)), language), texts,
                "pr.experienceRise")).isTrue();
    }

    /** Mr Zhang's case: his seventh year takes the forecast from 80 to 85, no route's points newly reached. */
    @Test
    void mrZhangsCaseGivesTheGeneralNoteOnly() {
        ApplicantCase applicant = SummaryPdfTest.caseZhang();
        Profile profile = applicant.profileOn(TODAY).orElseThrow();
        String text = summaryText(profile, applicant, ReportLanguage.EN);
        assertThat(text).contains(squeezed("The points forecast above also adds the years of experience completed by"
                + " working on"));
        assertThat(holdsSentence(text, new SummaryTexts(ReportLanguage.EN), "pr.experienceRise")).isFalse();
    }

    /** What the routes are computed from: the case's residence and HSP status, or the residence alone. */
    @Test
    void theRoutesSayWhatTheyAreComputedFrom() {
        ApplicantCase zhang = SummaryPdfTest.caseZhang();
        assertThat(summaryText(zhang.profileOn(TODAY).orElseThrow(), zhang, ReportLanguage.JA)).contains(
                "2022年4月1日から日本に在留し、2023年5月1日から高度専門職（高度専門・技術活動、75点）の在留資格を持つものとして計算しています。");
        assertThat(summaryText(zhang.profileOn(TODAY).orElseThrow(), zhang, ReportLanguage.EN)).contains(squeezed(
                "Computed from a residence in Japan since 2022-04-01 and the HSP status since 2023-05-01 (高度専門・技術活動"
                        + " · Advanced specialized/technical activities, 75 points)."));
        Profile profile = msLi(3);
        ApplicantCase withoutStatus = new ApplicantCase(List.of(profile), new Residence(TODAY, Optional.empty()),
                Household.NONE, OptionalInt.empty());
        assertThat(summaryText(profile, withoutStatus, ReportLanguage.ZH)).contains("以自2026年11月27日起在日本在留、未持有高度专门职在留资格为前提计算。");
    }

    /** A profile has no residence: the summary says what the dates need, and has no routes to explain. */
    @Test
    void aProfileWithoutResidenceHasNoRoutesToExplain() {
        ApplicantSummary summary = SUMMARIES.of(msLi(3), Optional.empty(), Optional.empty());
        String text = SheetPdfFixture.text(new SummaryPdf(ReportLanguage.EN, SheetSource.COMMAND_LINE).write(summary, SheetPdfFixture.CREATED));
        assertThat(text).contains("hold no residence in Japan").doesNotContain("The forecast shows").doesNotContain("The dates take");
    }
}
