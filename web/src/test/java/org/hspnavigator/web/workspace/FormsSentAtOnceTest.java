package org.hspnavigator.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hspnavigator.web.ApiTest;
import org.hspnavigator.web.workspace.PageClient.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A form sent several times at once with the same key (a double click, a client that retries at once, a
 * reload before the answer came) makes one thing, not one per request that read the session before the
 * first one used the key up: each of these requests read the key as unused.
 */
@ApiTest
class FormsSentAtOnceTest {

    private static final int AT_ONCE = 8;

    @LocalServerPort
    int port;
    @Autowired
    Tenants tenants;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theTokenFormSentAtOnceMakesOneToken() throws Exception {
        Tenants.Organization organization = tenants.organization("Forms at once");
        PageClient member = PageClient.loggedIn(port, "en", organization.memberEmail(), Tenants.PASSWORD);
        String key = PageText.formKey(member.get("/en/workspace/tokens").body());
        long before = tokens(organization);

        List<Page> answers = atOnce(member, "/en/workspace/tokens", Map.of("name", "accounting", "formKey", key));

        assertThat(answers.stream().filter(answer -> answer.status() == 200).count()).as("tokens shown").isOne();
        assertThat(answers.stream().filter(answer -> answer.status() == 302).count()).as("sent before")
                .isEqualTo(AT_ONCE - 1);
        assertThat(tokens(organization) - before).as("tokens made").isOne();
    }

    @Test
    void theCalendarFeedFormSentAtOnceMakesOneAddress() throws Exception {
        Tenants.Organization organization = tenants.organization("Forms at once");
        PageClient member = PageClient.loggedIn(port, "en", organization.memberEmail(), Tenants.PASSWORD);
        String key = PageText.formKey(member.get("/en/workspace/deadlines").body());

        List<Page> answers = atOnce(member, "/en/workspace/deadlines/calendar-feed", Map.of("formKey", key));

        // A request that comes after the address was made asks first whether to replace it (200, no address).
        assertThat(answers.stream().filter(answer -> answer.body().contains("id=\"ics-link\"")).count())
                .as("addresses shown").isOne();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM calendar_feed WHERE user_id = ?").param(organization.memberId())
                .query(Long.class).single()).as("addresses made").isOne();
    }

    private long tokens(Tenants.Organization organization) {
        return jdbc.sql("SELECT COUNT(*) FROM api_token WHERE user_id = ?").param(organization.memberId())
                .query(Long.class).single();
    }

    /** Sends the form {@value #AT_ONCE} times, the requests released together. */
    private static List<Page> atOnce(PageClient member, String path, Map<String, String> form) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.put("_csrf", member.csrf());
        ExecutorService senders = Executors.newFixedThreadPool(AT_ONCE);
        try {
            CountDownLatch ready = new CountDownLatch(AT_ONCE);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Page>> sent = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                sent.add(senders.submit(() -> {
                    ready.countDown();
                    go.await();
                    return member.postWithout(path, fields);
                }));
            }
            ready.await();
            go.countDown();
            List<Page> answers = new ArrayList<>();
            for (Future<Page> answer : sent) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            senders.shutdownNow();
        }
    }
}
