package org.hspnavigator.web.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import org.hspnavigator.web.HspServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The server refuses to start on a database whose schema is newer than it knows, and says why in words. */
@ExtendWith(OutputCaptureExtension.class)
class NewerSchemaStartTest {

    @Test
    void theServerDoesNotStartOnANewerSchema(CapturedOutput output) {
        Database database = TestDatabases.sqlite();
        try (HikariDataSource dataSource = Backups.dataSource(database)) {
            new Migrations(database, dataSource).migrate();
            JdbcClient.create(dataSource).sql("INSERT INTO flyway_schema_history (installed_rank, version, description, "
                    + "type, script, checksum, installed_by, installed_on, execution_time, success) VALUES (99, '99', "
                    + "'from the future', 'SQL', 'V99__from_the_future.sql', 0, 'test', CURRENT_TIMESTAMP, 1, 1)").update();
        }
        assertThatThrownBy(() -> new SpringApplication(HspServer.class).run("--server.port=0",
                "--hsp.db.url=" + database.url(), "--server.tomcat.accesslog.enabled=false"))
                .hasRootCauseInstanceOf(Migrations.NewerSchemaException.class);
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START",
                "has schema version 99, newer than this version of HSP Navigator knows (5)",
                "Start the version of HSP Navigator that wrote this database");
    }
}
