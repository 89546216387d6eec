package org.hspnavigator.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * Which paths may reach the page-not-found page, before the handler mapping is asked: only those whose
 * first segment may be a language's tag; a segment the mapping would decode first is left to it.
 */
class UnknownPagesTest {

    @ParameterizedTest
    @CsvSource({
        "/api/v1/applicants, false",
        "/api/v1/applicants/0190aaaa-0000-7000-8000-00000000abcd/assessments, false",
        "/actuator/health, false",
        "/calendar/secret, false",
        "/EN/nowhere, false",
        "/english/nowhere, false",
        "/en, true",
        "/en/nowhere, true",
        "/ja/nowhere, true",
        "/zh-Hant/nowhere, true",
        "/ko/, true",
        "/%65n/nowhere, true",
        "/en;x=1/nowhere, true",
        "//en/nowhere, true",
        "/, true",
    })
    void onlyAPathThatMayBeUnderALanguageIsLookedUp(String path, boolean mayBe) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        assertThat(UnknownPages.mayBeUnderALanguage(request)).isEqualTo(mayBe);
    }
}
