package org.hspnavigator.engine.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.applicant.HspStatus;
import org.hspnavigator.engine.applicant.Household;
import org.hspnavigator.engine.applicant.Residence;
import org.hspnavigator.engine.permanent.PermanentResidence;
import org.hspnavigator.engine.permanent.Route;
import org.hspnavigator.engine.permanent.RouteResult;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.profile.CareerYears;
import org.hspnavigator.engine.profile.Degree;
import org.hspnavigator.engine.profile.DegreeLevel;
import org.hspnavigator.engine.profile.JapaneseLanguage;
import org.hspnavigator.engine.profile.Jlpt;
import org.hspnavigator.engine.profile.Profile;
import org.junit.jupiter.api.Test;

/** The checklist of Mr. Zhang's profile (80 points, specialized/technical) in each procedure. */
class ChecklistsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);
    private final Checklists checklists = Checklists.official();

    private static Profile zhang(LocalDate date) {
        return Profile.builder(date, LocalDate.of(1994, 6, 15), 8_000_000)
                .degree(new Degree(DegreeLevel.MASTER, Optional.of("Computer science"), false, false, false))
                .careerYears(new CareerYears(BigDecimal.ZERO, BigDecimal.valueOf(5), BigDecimal.ZERO))
                .japaneseLanguage(new JapaneseLanguage(Optional.of(Jlpt.N2), OptionalInt.empty()))
                .build();
    }

    private Checklist build(Procedure procedure, int employerCategory, Optional<LocalDate> expiry) {
        return checklists.build(new ChecklistRequest(procedure, zhang(DAY), OptionalInt.of(employerCategory),
                Optional.empty(), expiry));
    }

    @Test
    void marksTheSmallestSetProvingSeventy() {
        Checklist checklist = build(Procedure.COE, 1, Optional.empty());
        assertThat(checklist.category()).isEqualTo(Category.SPECIALIZED_TECHNICAL);
        assertThat(checklist.points()).isEqualTo(80);
        assertThat(checklist.proves()).isTrue();
        // education 20, career 10, salary 30, age 10, Japanese 10: four items are needed; the age needs
        // no document, so salary 30 + education 20 + age 10 + one of the two tens.
        assertThat(checklist.marked()).extracting(e -> e.item().criterion())
                .containsExactly(CriterionId.EDUCATION, CriterionId.CAREER, CriterionId.SALARY, CriterionId.AGE);
        assertThat(checklist.markedPoints()).isEqualTo(70);
        assertThat(checklist.evidence()).filteredOn(e -> !e.marked()).extracting(e -> e.item().criterion())
                .containsExactly(CriterionId.JAPANESE_LANGUAGE);
        assertThat(checklist.evidence().get(2).label()).isEqualTo("③");
        assertThat(checklist.evidence().get(3).label()).isEqualTo("—");
    }

    @Test
    void documentsFollowTheProcedureAndTheEmployerCategory() {
        assertThat(ids(build(Procedure.COE, 1, Optional.empty()))).containsExactly("applicationForm", "photo",
                "returnEnvelope", "employerCategoryProof.1", "pointCalculationTable", "pointEvidence", "translations");
        assertThat(ids(build(Procedure.CHANGE, 2, Optional.empty()))).containsExactly("applicationForm", "photo",
                "passportAndResidenceCard", "employerCategoryProof.2", "pointCalculationTable", "pointEvidence",
                "translations");
        assertThat(ids(build(Procedure.COE, 3, Optional.empty()))).contains("contract", "degreeOrCareerProof",
                "companyProfile", "financialStatements").doesNotContain("businessPlan");
        assertThat(ids(build(Procedure.COE, 4, Optional.empty()))).contains("financialStatements", "businessPlan");
        Checklist extension = build(Procedure.EXTENSION, 3, Optional.empty());
        assertThat(extension.documents()).filteredOn(Document::singleSource).extracting(Document::id)
                .containsExactly("residenceTaxCertificates");
        assertThat(ids(build(Procedure.EXTENSION, 2, Optional.empty()))).doesNotContain("residenceTaxCertificates");
    }

    @Test
    void permanentResidenceProvesEightyOnTheOneYearRoute() {
        Checklist pr = checklists.build(new ChecklistRequest(Procedure.PR, zhang(DAY), OptionalInt.empty(),
                Optional.of(Category.SPECIALIZED_TECHNICAL), Optional.empty()));
        assertThat(pr.threshold()).isEqualTo(80);
        assertThat(pr.marked()).hasSize(5);
        assertThat(pr.notes()).contains(Message.of("checklist.note.prRoute80", LocalDate.of(2025, 11, 27)));
        assertThat(ids(pr)).contains("pointCalculationTableAtStart").doesNotContain("returnEnvelope");
        assertThat(pr.fees()).singleElement().satisfies(fee -> assertThat(fee.yen()).isEqualTo(10_000));
    }

    @Test
    void permanentResidenceAlsoProvesThePointsAtTheStartOfThePeriod() {
        Checklist same = checklists.build(new ChecklistRequest(Procedure.PR, zhang(DAY), OptionalInt.empty(),
                Optional.empty(), Optional.empty(), date -> Optional.of(zhang(date))));
        StartEvidence start = same.atStart().orElseThrow();
        assertThat(start.date()).isEqualTo(LocalDate.of(2025, 11, 27));
        assertThat(start.points()).isEqualTo(80);
        assertThat(start.proves()).isTrue();
        assertThat(start.markedPoints()).isEqualTo(80);
        // The request names no route met on the date, so only that is warned about.
        assertThat(same.warnings()).extracting(Message::key).containsExactly("checklist.warning.prNoRouteMet");

        Checklist lower = checklists.build(new ChecklistRequest(Procedure.PR, zhang(DAY), OptionalInt.empty(),
                Optional.empty(), Optional.empty(), date -> Optional.of(Profile.builder(date, LocalDate.of(1994, 6, 15),
                        7_000_000).build())));
        assertThat(lower.atStart().orElseThrow().proves()).isFalse();
        assertThat(lower.atStart().orElseThrow().evidence()).noneMatch(EvidenceItem::marked);
        assertThat(lower.warnings()).extracting(Message::key)
                .containsExactly("checklist.warning.prNoRouteMet", "checklist.warning.startShort");

        Checklist unknown = checklists.build(new ChecklistRequest(Procedure.PR, zhang(DAY), OptionalInt.empty(),
                Optional.empty(), Optional.empty(), date -> Optional.empty()));
        assertThat(unknown.atStart().orElseThrow().known()).isFalse();
        assertThat(unknown.warnings()).extracting(Message::key)
                .containsExactly("checklist.warning.prNoRouteMet", "checklist.warning.startUnknown");
        assertThat(build(Procedure.CHANGE, 1, Optional.empty()).atStart()).isEmpty();
    }

    @Test
    void permanentResidenceFollowsTheRouteFoundMet() {
        Checklist threeYears = checklists.build(new ChecklistRequest(Procedure.PR, zhang(DAY), OptionalInt.empty(),
                Optional.empty(), Optional.empty(), date -> Optional.of(zhang(date)), Optional.of(new RouteResult(
                        Route.POINTS_70, true, Optional.of(DAY), Optional.empty(), DAY.minusYears(3), Optional.empty(),
                        Optional.empty(), Optional.empty(), List.of()))));
        assertThat(threeYears.points()).isEqualTo(80);
        assertThat(threeYears.threshold()).isEqualTo(70);
        assertThat(threeYears.atStart().orElseThrow().date()).isEqualTo(LocalDate.of(2023, 11, 27));
        assertThat(threeYears.notes()).extracting(Message::key).contains("checklist.note.prRouteMet");
    }

    @Test
    void permanentResidenceOnTheJSkipRouteProvesTheCriteriaHspPrFoundMet() {
        Profile holder = Profile.builder(LocalDate.of(2020, 1, 1), LocalDate.of(1975, 1, 1), 25_000_000)
                .degree(new Degree(DegreeLevel.MASTER, Optional.of("Computer science"), false, false, false))
                .careerYears(new CareerYears(BigDecimal.ZERO, BigDecimal.valueOf(2), BigDecimal.ZERO)).build();
        ApplicantCase applicant = new ApplicantCase(List.of(holder), new Residence(LocalDate.of(2020, 1, 1),
                Optional.of(new HspStatus(LocalDate.of(2023, 6, 1), Category.SPECIALIZED_TECHNICAL, 0, true))),
                Household.NONE, OptionalInt.empty());
        RouteResult jSkip = PermanentResidence.official().assess(applicant, DAY).routes().get(2);
        assertThat(jSkip.route()).isEqualTo(Route.J_SKIP);

        Checklist pr = checklists.build(ChecklistRequest.of(applicant, Procedure.PR, DAY, Optional.empty()).orElseThrow());
        assertThat(pr.route()).contains(Route.J_SKIP);
        assertThat(pr.jSkip()).isEqualTo(jSkip.jSkipAtApplication());
        assertThat(pr.points()).isEqualTo(60);
        assertThat(pr.proves()).isTrue();
        assertThat(pr.warnings()).isEmpty();
        assertThat(pr.marked()).extracting(e -> e.item().criterion()).containsExactly(CriterionId.EDUCATION,
                CriterionId.SALARY);
        assertThat(pr.atStart().orElseThrow().jSkip()).isEqualTo(jSkip.jSkipAtStart());
        assertThat(ids(pr)).contains("jSkipEvidence").doesNotContain("pointCalculationTable", "pointEvidence");
    }

    @Test
    void permanentResidenceBelowEightyProvesSeventyOnTheThreeYearRoute() {
        Profile seventy = Profile.builder(DAY, LocalDate.of(1994, 6, 15), 8_000_000)
                .degree(new Degree(DegreeLevel.MASTER, Optional.of("CS"), false, false, false))
                .careerYears(new CareerYears(BigDecimal.ZERO, BigDecimal.valueOf(5), BigDecimal.ZERO)).build();
        Checklist pr = checklists.build(new ChecklistRequest(Procedure.PR, seventy, OptionalInt.empty(), Optional.empty(),
                Optional.empty()));
        assertThat(pr.points()).isEqualTo(70);
        assertThat(pr.threshold()).isEqualTo(70);
        assertThat(pr.notes()).contains(Message.of("checklist.note.prRoute70", LocalDate.of(2023, 11, 27)));
    }

    @Test
    void anIneligibleProfileMarksNothingAndSaysWhy() {
        Profile young = Profile.builder(DAY, LocalDate.of(2000, 1, 1), 4_000_000).build();
        Checklist checklist = checklists.build(new ChecklistRequest(Procedure.CHANGE, young, OptionalInt.of(1),
                Optional.empty(), Optional.empty()));
        assertThat(checklist.proves()).isFalse();
        assertThat(checklist.marked()).isEmpty();
        assertThat(checklist.warnings()).extracting(Message::key).contains("checklist.warning.short");
    }

    @Test
    void theExtensionWindowAndTheSpecialPeriodFollowTheExpiry() {
        Checklist early = build(Procedure.EXTENSION, 1, Optional.of(LocalDate.of(2027, 5, 31)));
        assertThat(early.deadlines()).filteredOn(d -> d.date().isPresent())
                .extracting(d -> d.id() + "=" + d.date().get())
                .containsExactly("extensionWindowOpens=2027-02-28", "applyBy=2027-05-31", "specialPeriodEnds=2027-07-31");
        assertThat(early.warnings()).contains(Message.of("checklist.warning.beforeWindow", DAY, LocalDate.of(2027, 2, 28)));
        Checklist opensToday = build(Procedure.EXTENSION, 1, Optional.of(LocalDate.of(2027, 2, 27)));
        assertThat(opensToday.warnings()).isEmpty();
        Checklist late = build(Procedure.EXTENSION, 1, Optional.of(LocalDate.of(2026, 11, 26)));
        assertThat(late.warnings()).extracting(Message::key).containsExactly("checklist.warning.afterExpiry");
        assertThat(build(Procedure.EXTENSION, 1, Optional.of(DAY)).warnings()).isEmpty();
    }

    @Test
    void dutiesAfterTheGrantAndTheCertificateRules() {
        assertThat(build(Procedure.COE, 1, Optional.empty()).deadlines()).extracting(Deadline::id)
                .containsExactly("coeValidity", "coeByEmail", "addressRegistration", "organizationNotice", "newEmployer",
                        "residenceCardChanges", "cancellation");
        Checklist before = checklists.build(new ChecklistRequest(Procedure.COE, zhang(LocalDate.of(2023, 3, 16)),
                OptionalInt.of(1), Optional.empty(), Optional.empty()));
        assertThat(before.deadlines()).extracting(Deadline::id).doesNotContain("coeByEmail");
        assertThat(before.fees()).singleElement().satisfies(fee -> assertThat(fee.yen()).isZero());
    }

    private static List<String> ids(Checklist checklist) {
        return checklist.documents().stream().map(Document::id).toList();
    }
}
