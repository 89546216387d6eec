package org.hspnavigator.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ServeArgumentsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private ServeArguments parse(String... args) {
        return ServeArguments.parse(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void thePortIsGivenToSpringAsServerPort() {
        assertThat(parse("--port", "9090").springArguments()).containsExactly("--server.port=9090");
        assertThat(parse("--port=0").springArguments()).containsExactly("--server.port=0");
        assertThat(parse().springArguments()).isEmpty();
        assertThat(parse().exitCode()).isEmpty();
    }

    @Test
    void theDatabaseIsGivenToSpringAsHspDbUrl() {
        assertThat(parse("--db", "jdbc:postgresql://db/hsp?user=u", "--port", "1").springArguments())
                .containsExactly("--server.port=1", "--hsp.db.url=jdbc:postgresql://db/hsp?user=u");
        assertThat(parse("--db=jdbc:sqlite:/srv/hsp.db").springArguments()).containsExactly("--hsp.db.url=jdbc:sqlite:/srv/hsp.db");
        assertThat(parse("--db", "mysql://db/hsp").exitCode()).hasValue(2);
        assertThat(parse("--db").exitCode()).hasValue(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("hsp serve: --db: expected a JDBC URL of PostgreSQL")
                .doesNotContain("password");
    }

    @Test
    void helpPrintsTheUsageAndExitsWith0() {
        assertThat(parse("--help").exitCode()).hasValue(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: hsp serve [--port N]");
    }

    @Test
    void anythingElseIsAUsageError() {
        assertThat(parse("--port", "65536").exitCode()).hasValue(2);
        assertThat(parse("--port").exitCode()).hasValue(2);
        assertThat(parse("--port", "http").exitCode()).hasValue(2);
        assertThat(parse("--server.port=1").exitCode()).hasValue(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("hsp serve: --port: expected a number from 0 to 65535")
                .contains("unknown argument \"--server.port=1\"");
    }
}
