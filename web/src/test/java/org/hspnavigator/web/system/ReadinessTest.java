package org.hspnavigator.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.hspnavigator.web.HspServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The readiness endpoint follows the database: while no connection can be had (PostgreSQL stopped, as
 * after a PANIC on a full write-ahead log) the server is not ready, so that a load balancer sends the
 * requests elsewhere, and it is ready again as soon as the database answers; liveness stays up throughout.
 * A request that needs the database meanwhile is a 503 problem with its id, logged as one line without
 * a stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = {HspServer.class, ReadinessTest.DatabaseDown.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.tomcat.accesslog.enabled=false", "hsp.db.url=jdbc:sqlite:target/test-data/ready-${random.uuid}.db"})
class ReadinessTest {

    /** Whether the database cannot be reached now. */
    static final AtomicBoolean DOWN = new AtomicBoolean();

    @LocalServerPort
    int port;

    @AfterEach
    void bringTheDatabaseBack() {
        DOWN.set(false);
    }

    @Test
    void notReadyWhileTheDatabaseIsDownAndReadyAgainAfterwardsWhileAliveThroughout() throws Exception {
        assertThat(status("/actuator/health/readiness")).isEqualTo(200);
        DOWN.set(true);
        assertThat(status("/actuator/health/readiness")).isEqualTo(503);
        assertThat(status("/actuator/health/liveness")).isEqualTo(200);
        DOWN.set(false);
        assertThat(status("/actuator/health/readiness")).isEqualTo(200);
    }

    @Test
    void aRequestWhileTheDatabaseIsDownIsA503ProblemLoggedAsOneLineWithItsId(CapturedOutput output) throws Exception {
        DOWN.set(true);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/v1/applicants"))
                .header("Authorization", "Bearer hsp_not-a-real-token").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(answer.headers().firstValue("Retry-After")).contains("30");
        Matcher id = Pattern.compile("\"errorId\" : \"([0-9a-f-]{36})\"").matcher(answer.body());
        assertThat(id.find()).as(answer.body()).isTrue();
        List<String> lines = output.getAll().lines().filter(line -> line.contains(id.group(1))).toList();
        assertThat(lines).singleElement().asString().contains("storage unavailable (no database connection) in GET "
                + "/api/v1/applicants, problem " + id.group(1) + ": java.sql.SQLTransientConnectionException: hsp - "
                + "Connection is not available (refused by the test)");
        assertThat(output.getAll()).doesNotContain("\tat ", "Exception\n");
    }

    private int status(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Makes the server's database unreachable while {@link #DOWN} is set, as the pool reports it. */
    @TestConfiguration(proxyBeanMethods = false)
    static class DatabaseDown {

        @Bean
        static BeanPostProcessor unreachableWhenDown() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource && !(bean instanceof DelegatingDataSource)
                            ? new DelegatingDataSource(dataSource) {
                                @Override
                                public Connection getConnection() throws SQLException {
                                    if (DOWN.get()) {
                                        throw new SQLTransientConnectionException("hsp - Connection is not available "
                                                + "(refused by the test)");
                                    }
                                    return super.getConnection();
                                }
                            } : bean;
                }
            };
        }
    }
}
