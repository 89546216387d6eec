package org.hspnavigator.engine.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dated deadlines of a tracker (docs/rules.md §15): the same days and words as the checklist's
 * deadlines, on both sides of month ends and leap days.
 */
class DatedDeadlinesTest {

    @Test
    void theExpiryGivesTheDatedDeadlinesOfAnExtensionChecklist() {
        LocalDate expiry = LocalDate.of(2028, 5, 31);
        List<Deadline> fromChecklist = Deadlines.of(Procedure.EXTENSION, LocalDate.of(2027, 1, 1),
                java.util.Optional.of(expiry), new java.util.ArrayList<>()).stream()
                .filter(deadline -> deadline.date().isPresent()).toList();
        assertThat(DatedDeadlines.ofExpiry(expiry)).isEqualTo(fromChecklist);
        assertThat(DatedDeadlines.ofExpiry(expiry)).extracting(Deadline::id, d -> d.date().orElseThrow())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("extensionWindowOpens", LocalDate.of(2028, 2, 29)),
                        org.assertj.core.groups.Tuple.tuple("applyBy", expiry),
                        org.assertj.core.groups.Tuple.tuple("specialPeriodEnds", LocalDate.of(2028, 7, 31)));
        assertThat(DatedDeadlines.ofExpiry(LocalDate.of(2027, 5, 31)).get(0).date()).contains(LocalDate.of(2027, 2, 28));
    }

    @Test
    void aNoticeEndsOnTheFourteenthDayAfterItsEvent() {
        assertThat(DatedDeadlines.notice("addressRegistration", LocalDate.of(2026, 11, 27)).date())
                .contains(LocalDate.of(2026, 12, 11));
        assertThat(DatedDeadlines.notice("organizationNotice", LocalDate.of(2028, 2, 15)).date())
                .contains(LocalDate.of(2028, 2, 29));
        assertThat(DatedDeadlines.notice("organizationNotice", LocalDate.of(2028, 2, 16)).date())
                .contains(LocalDate.of(2028, 3, 1));
        assertThat(DatedDeadlines.notice("addressChange", LocalDate.of(2026, 12, 31)).date())
                .contains(LocalDate.of(2027, 1, 14));
        Deadline notice = DatedDeadlines.notice("residenceCardChanges", LocalDate.of(2026, 11, 27));
        assertThat(notice.text().key()).isEqualTo("checklist.deadline.residenceCardChanges");
        assertThat(notice.text().arguments()).containsExactly(14);
        assertThatThrownBy(() -> DatedDeadlines.notice("newEmployer", LocalDate.of(2026, 11, 27)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCertificateOfEligibilityIsValidThreeMonthsFromItsIssue() {
        assertThat(DatedDeadlines.coeValidity(LocalDate.of(2026, 11, 30)).date()).contains(LocalDate.of(2027, 2, 28));
        assertThat(DatedDeadlines.coeValidity(LocalDate.of(2027, 11, 30)).date()).contains(LocalDate.of(2028, 2, 29));
        assertThat(DatedDeadlines.coeValidity(LocalDate.of(2026, 12, 1)).date()).contains(LocalDate.of(2027, 3, 1));
    }
}
