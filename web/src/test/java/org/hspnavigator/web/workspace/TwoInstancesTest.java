package org.hspnavigator.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.hspnavigator.web.HspServer;
import org.hspnavigator.web.account.Accounts;
import org.hspnavigator.web.storage.Database;
import org.hspnavigator.web.storage.TestDatabases;
import org.hspnavigator.web.workspace.WorkspaceClient.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two servers on one PostgreSQL serve the same users: a login on one is a session on the other (sessions
 * live in the database), its CSRF token holds there, and a logout on the other ends it on both.
 */
class TwoInstancesTest {

    @Test
    void aSessionMadeOnOneInstanceWorksOnTheOther() throws Exception {
        Database database = TestDatabases.postgresql();
        try (ConfigurableApplicationContext first = start(database);
                ConfigurableApplicationContext second = start(database)) {
            String organization = first.getBean(Accounts.class).createOwner("Two instances", "two@example.test",
                    "a long enough password");
            assertThat(organization).isNotEmpty();
            int firstPort = port(first);
            int secondPort = port(second);
            assertThat(firstPort).isNotEqualTo(secondPort);
            WorkspaceClient onFirst = WorkspaceClient.loggedIn(firstPort, "two@example.test", "a long enough password");
            String session = onFirst.sessionId().orElseThrow();
            WorkspaceClient onSecond = WorkspaceClient.holding(secondPort, session);
            assertThat(onSecond.get("/api/v1/me").status()).isEqualTo(200);
            Answer created = onSecond.postJson("/api/v1/applicants", "{\"name\": \"Made on the second\"}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String id = created.json().get("id").stringValue();
            assertThat(onFirst.get("/api/v1/applicants/" + id).status()).isEqualTo(200);
            assertThat(onSecond.logout().status()).isEqualTo(204);
            assertThat(onFirst.get("/api/v1/me").status()).isEqualTo(401);
        }
    }

    private static ConfigurableApplicationContext start(Database database) {
        return new SpringApplication(HspServer.class).run("--server.port=0", "--hsp.db.url=" + database.url(),
                "--server.tomcat.accesslog.enabled=false", "--spring.main.banner-mode=off");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
