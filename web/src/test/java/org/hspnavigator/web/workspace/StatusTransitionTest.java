package org.hspnavigator.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hspnavigator.web.ApiTest;
import org.hspnavigator.web.application.ApplicationStatus;
import org.hspnavigator.web.workspace.WorkspaceClient.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every pair of statuses through the API: the transitions of the issue are allowed (201, the file moves
 * and the event is kept), every other one is refused (409, nothing changes). The allowed ones are written
 * out here from the rule (preparing → submitted → additional documents requested → submitted → granted
 * or refused; withdrawn from any open status), not taken from the code under test.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatusTransitionTest {

    private static final Map<ApplicationStatus, Set<ApplicationStatus>> ALLOWED = Map.of(
            ApplicationStatus.PREPARING, EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.WITHDRAWN),
            ApplicationStatus.SUBMITTED, EnumSet.of(ApplicationStatus.ADDITIONAL_DOCUMENTS_REQUESTED,
                    ApplicationStatus.GRANTED, ApplicationStatus.REFUSED, ApplicationStatus.WITHDRAWN),
            ApplicationStatus.ADDITIONAL_DOCUMENTS_REQUESTED, EnumSet.of(ApplicationStatus.SUBMITTED,
                    ApplicationStatus.WITHDRAWN),
            ApplicationStatus.GRANTED, EnumSet.noneOf(ApplicationStatus.class),
            ApplicationStatus.REFUSED, EnumSet.noneOf(ApplicationStatus.class),
            ApplicationStatus.WITHDRAWN, EnumSet.noneOf(ApplicationStatus.class));

    /** A way from PREPARING to each status. */
    private static final Map<ApplicationStatus, List<ApplicationStatus>> PATH = Map.of(
            ApplicationStatus.PREPARING, List.of(),
            ApplicationStatus.SUBMITTED, List.of(ApplicationStatus.SUBMITTED),
            ApplicationStatus.ADDITIONAL_DOCUMENTS_REQUESTED, List.of(ApplicationStatus.SUBMITTED,
                    ApplicationStatus.ADDITIONAL_DOCUMENTS_REQUESTED),
            ApplicationStatus.GRANTED, List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.GRANTED),
            ApplicationStatus.REFUSED, List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.REFUSED),
            ApplicationStatus.WITHDRAWN, List.of(ApplicationStatus.WITHDRAWN));

    @LocalServerPort
    int port;
    @Autowired
    Tenants tenants;

    private Tenants.Organization organization;
    private WorkspaceClient program;

    @BeforeAll
    void organization() {
        organization = tenants.organization("Transitions");
        program = WorkspaceClient.program(port, organization.memberToken());
    }

    static Stream<Arguments> pairs() {
        List<Arguments> pairs = new ArrayList<>();
        for (ApplicationStatus from : ApplicationStatus.values()) {
            for (ApplicationStatus to : ApplicationStatus.values()) {
                pairs.add(Arguments.of(from, to));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("pairs")
    void onlyTheTransitionsOfTheRuleAreAllowed(ApplicationStatus from, ApplicationStatus to) {
        String application = tenants.applicant(organization, "Transition").applicationId();
        for (ApplicationStatus step : PATH.get(from)) {
            assertThat(event(application, step).status()).isEqualTo(201);
        }
        assertThat(status(application)).isEqualTo(from.name());
        Answer answer = event(application, to);
        boolean allowed = ALLOWED.get(from).contains(to);
        assertThat(from.mayBecome(to)).isEqualTo(allowed);
        if (allowed) {
            assertThat(answer.status()).isEqualTo(201);
            assertThat(status(application)).isEqualTo(to.name());
            var events = answer.json().get("events");
            var last = events.get(events.size() - 1);
            assertThat(last.get("statusFrom").stringValue()).isEqualTo(from.name());
            assertThat(last.get("statusTo").stringValue()).isEqualTo(to.name());
        } else {
            assertThat(answer.status()).as(answer.body()).isEqualTo(409);
            assertThat(answer.json().get("detail").stringValue()).contains(from.name(), to.name());
            assertThat(status(application)).isEqualTo(from.name());
        }
    }

    private Answer event(String application, ApplicationStatus status) {
        return program.postJson("/api/v1/applications/" + application + "/events",
                "{\"date\": \"2026-11-27\", \"status\": \"" + status + "\"}");
    }

    private String status(String application) {
        return program.get("/api/v1/applications/" + application).json().get("status").stringValue();
    }
}
