package org.hspnavigator.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The request line of the access log: no answers of an applicant and no calendar secret in it. */
class LoggedRequestsTest {

    @Test
    void aPagesAnswersAreHiddenButTheirNamesKept() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/ja/self-assessment/results");
        request.setQueryString("birthDate=1990-01-01&annualSalaryYen=8000000&flag&degrees.0.level=MASTER");
        assertThat(LoggedRequests.line(request)).isEqualTo(
                "GET /ja/self-assessment/results?birthDate=*&annualSalaryYen=*&flag&degrees.0.level=* HTTP/1.1");
    }

    @Test
    void theApisOptionsAreKept() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/assessments");
        request.setQueryString("category=academic_research&date=2026-11-27");
        assertThat(LoggedRequests.line(request))
                .isEqualTo("POST /api/v1/assessments?category=academic_research&date=2026-11-27 HTTP/1.1");
    }

    @Test
    void aCalendarFeedsSecretIsHidden() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/calendar/s3cr3t.ics");
        request.setQueryString("x=1");
        assertThat(LoggedRequests.line(request)).isEqualTo("GET /calendar/[secret] HTTP/1.1");
    }
}
