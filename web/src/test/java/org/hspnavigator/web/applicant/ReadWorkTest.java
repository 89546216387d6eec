package org.hspnavigator.web.applicant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.aopalliance.intercept.MethodInterceptor;
import org.hspnavigator.web.FixedClock;
import org.hspnavigator.web.HspServer;
import org.hspnavigator.web.workspace.Tenants;
import org.hspnavigator.web.workspace.WorkspaceClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.context.support.ServletRequestHandledEvent;

/**
 * The work a logged-in read does besides its answer, which every read of {@code bench/load.sh} pays: the
 * assessment history reads the applicant's row only when its page is empty (the page's query already
 * carries the caller's organization), and no event is published after each request (nothing listens).
 * The answers stay those of {@link AssessmentPagesTest}: an unknown applicant or another organization's
 * is a 404 whatever the page.
 */
@SpringBootTest(classes = {HspServer.class, ReadWorkTest.Counted.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.tomcat.accesslog.enabled=false", "hsp.db.url=jdbc:sqlite:target/test-data/reads-${random.uuid}.db"})
@Import({FixedClock.class, Tenants.class})
class ReadWorkTest {

    /** The calls of {@link ApplicantRepository}'s methods, by name, since the test began. */
    static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();
    /** The request-handled events published since the test began. */
    static final AtomicInteger HANDLED_EVENTS = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    Tenants tenants;
    @Autowired
    ApplicantRepository applicants;

    @BeforeEach
    void forgetTheCalls() {
        CALLS.clear();
        HANDLED_EVENTS.set(0);
    }

    @Test
    void theAssessmentHistoryReadsTheApplicantsRowOnlyWhenItsPageIsEmpty() {
        Tenants.Organization mine = tenants.organization("History reads");
        String assessed = applicant(mine);
        applicants.addAssessment(assessed, LocalDate.of(2026, 1, 1), "2026", "test", Optional.empty(), "{\"n\": 1}", null);
        String notAssessed = applicant(mine);
        WorkspaceClient client = WorkspaceClient.program(port, mine.memberToken());
        CALLS.clear();

        assertThat(client.get("/api/v1/applicants/" + assessed + "/assessments").status()).isEqualTo(200);
        assertThat(calls("assessmentPage")).isEqualTo(1);
        assertThat(calls("find")).as("the applicant's row, read for nothing").isZero();

        assertThat(client.get("/api/v1/applicants/" + notAssessed + "/assessments").status()).isEqualTo(200);
        assertThat(calls("find")).as("an empty page: the applicant's row tells a 404 from no assessment").isEqualTo(1);
    }

    @Test
    void anEmptyPageOfAnApplicantNotSeenIsStillNotFound() {
        Tenants.Organization mine = tenants.organization("History of mine");
        Tenants.Organization other = tenants.organization("History of another");
        String theirs = applicant(other);
        applicants.addAssessment(theirs, LocalDate.of(2026, 1, 1), "2026", "test", Optional.empty(), "{\"n\": 1}", null);
        WorkspaceClient client = WorkspaceClient.program(port, mine.memberToken());

        WorkspaceClient.Answer answer = client.get("/api/v1/applicants/" + theirs + "/assessments");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).doesNotContain("\"n\"");
        assertThat(client.get("/api/v1/applicants/01900000-0000-7000-8000-000000000000/assessments").status())
                .isEqualTo(404);
    }

    @Test
    void noEventIsPublishedAfterARequest() {
        Tenants.Organization mine = tenants.organization("No events");
        WorkspaceClient client = WorkspaceClient.program(port, mine.memberToken());

        assertThat(client.get("/api/v1/applicants").status()).isEqualTo(200);
        assertThat(HANDLED_EVENTS).hasValue(0);
    }

    private String applicant(Tenants.Organization organization) {
        return applicants.create(organization.scope(), new ApplicantRepository.Facts("Applicant", Optional.empty(),
                Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty()));
    }

    private static int calls(String method) {
        AtomicInteger calls = CALLS.get(method);
        return calls == null ? 0 : calls.get();
    }

    /** Counts the calls of the repository's methods, and the request-handled events. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Counted {

        @Bean
        static BeanPostProcessor countedApplicants() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof ApplicantRepository)) {
                        return bean;
                    }
                    ProxyFactory counted = new ProxyFactory(bean);
                    counted.setProxyTargetClass(true);
                    counted.addAdvice((MethodInterceptor) invocation -> {
                        CALLS.computeIfAbsent(invocation.getMethod().getName(), n -> new AtomicInteger()).incrementAndGet();
                        return invocation.proceed();
                    });
                    return counted.getProxy();
                }
            };
        }

        @Bean
        ApplicationListener<ServletRequestHandledEvent> handledEvents() {
            return event -> HANDLED_EVENTS.incrementAndGet();
        }
    }
}
