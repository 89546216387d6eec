package org.hspnavigator.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.hspnavigator.web.FixedClock;
import org.hspnavigator.web.HspServer;
import org.hspnavigator.web.workspace.PageClient.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The workspace's pages on a disk that is full, simulated on the server's real SQLite database by
 * failing every INSERT, UPDATE and DELETE with SQLite's own {@code SQLITE_FULL}: a logged-in user goes on
 * reading the pages (the session's last access is not written); a form's change is the unavailable page
 * in the page's language, 503 with {@code Retry-After}, never a 500 or a problem in English; a new
 * session (the login page) cannot be stored and gets the same page; once the disk takes writes again the
 * same session changes things as before; the log has one line a refusal and no stack trace.
 */
@SpringBootTest(classes = {HspServer.class, PagesOnFullStorageTest.FullDisk.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.tomcat.accesslog.enabled=false", "hsp.db.url=jdbc:sqlite:target/test-data/full-${random.uuid}.db"})
@Import({FixedClock.class, Tenants.class})
@ExtendWith(OutputCaptureExtension.class)
class PagesOnFullStorageTest {

    /** Whether the database refuses writes now. */
    static final AtomicBoolean FULL = new AtomicBoolean();

    @LocalServerPort
    int port;
    @Autowired
    Tenants tenants;

    @AfterEach
    void makeRoom() {
        FULL.set(false);
    }

    @Test
    void aLoggedInUserReadsOnAndAFormGetsTheUnavailablePageInItsLanguage(CapturedOutput output) {
        Tenants.Organization organization = tenants.organization("Full disk");
        Tenants.Applicant applicant = tenants.applicant(organization, "Read On Full");
        PageClient browser = PageClient.loggedIn(port, "ja", organization.ownerEmail(), Tenants.PASSWORD);
        assertThat(browser.get("/ja/workspace/applicants").status()).isEqualTo(200);

        FULL.set(true);
        Page list = browser.get("/ja/workspace/applicants");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.body()).contains("Read On Full");
        Page one = browser.get("/ja/workspace/applicants/" + applicant.id());
        assertThat(one.status()).as(one.body()).isEqualTo(200);
        assertThat(browser.get("/ja/workspace/applications/" + applicant.applicationId()).status()).isEqualTo(200);
        assertThat(browser.get("/ja/workspace/deadlines").status()).isEqualTo(200);

        Page refused = browser.post("/ja/workspace/applicants", Map.of("name", "Not Stored"));
        assertUnavailablePage(refused, "現在、保存できません");
        assertThat(refused.body()).as("the frame of a logged-in user").contains("id=\"logout\"");
        Page snapshot = browser.post("/ja/workspace/applicants/" + applicant.id() + "/snapshots",
                Map.of("referenceDate", "2026-11-20", "profile", Tenants.SNAPSHOT));
        assertUnavailablePage(snapshot, "現在、保存できません");
        assertThat(browser.get("/ko/workspace/applicants/" + applicant.id()).status()).isEqualTo(200);
        assertUnavailablePage(browser.post("/ko/workspace/applications/" + applicant.applicationId() + "/checklist",
                Map.of("collected", "document:applicationForm")), "지금은 저장할 수 없습니다");

        FULL.set(false);
        Page list2 = browser.get("/ja/workspace/applicants");
        assertThat(list2.status()).as("the same session, after the disk took writes again").isEqualTo(200);
        assertThat(list2.body()).doesNotContain("Not Stored");
        Page stored = browser.post("/ja/workspace/applicants", Map.of("name", "Stored Later"));
        assertThat(stored.status()).isEqualTo(302);
        assertThat(browser.get("/ja/workspace/applicants").body()).contains("Stored Later");

        assertThat(output.getAll()).contains("session's last access not written (SQLITE_FULL)",
                "storage unavailable (SQLITE_FULL) in POST /ja/workspace/applicants")
                .doesNotContain("internal error").doesNotContain("\tat ").doesNotContain("Read On Full");
    }

    @Test
    void aNewSessionCannotBeStoredSoTheLoginPageIsTheUnavailablePage(CapturedOutput output) {
        FULL.set(true);
        Page login = PageClient.anonymous(port).get("/zh/workspace/login");
        assertUnavailablePage(login, "目前无法保存");
        assertThat(login.body()).as("no link into the workspace for a visitor").doesNotContain("id=\"logout\"");
        FULL.set(false);
        assertThat(PageClient.anonymous(port).get("/zh/workspace/login").status()).isEqualTo(200);
        assertThat(output.getAll()).doesNotContain("internal error").doesNotContain("\tat ");
    }

    private static void assertUnavailablePage(Page page, String title) {
        assertThat(page.status()).as(page.body()).isEqualTo(503);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.headers().firstValue("Retry-After")).contains("30");
        assertThat(page.body()).contains(title).doesNotContain("Exception").doesNotContain("\"status\"");
    }

    /** Makes the server's database refuse every change while {@link #FULL} is set. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FullDisk {

        @Bean
        static BeanPostProcessor refusingWhenFull() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource && !(bean instanceof DelegatingDataSource)
                            ? new RefusingDataSource(dataSource) : bean;
                }
            };
        }
    }

    private static final class RefusingDataSource extends DelegatingDataSource {

        RefusingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = super.getConnection();
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, arguments) -> {
                        if (FULL.get() && method.getName().equals("prepareStatement") && arguments[0] instanceof String sql
                                && changes(sql)) {
                            throw new SQLiteException("[SQLITE_FULL] database or disk is full (refused by the test)",
                                    SQLiteErrorCode.SQLITE_FULL);
                        }
                        try {
                            return method.invoke(connection, arguments);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        private static boolean changes(String sql) {
            String statement = sql.strip().toUpperCase(Locale.ROOT);
            return statement.startsWith("INSERT") || statement.startsWith("UPDATE") || statement.startsWith("DELETE");
        }
    }
}
