package org.hspnavigator.web.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The server's database, chosen at run time from {@code hsp.db.url} ({@code --db}, {@code HSP_DB_URL})
 * and {@code hsp.data.dir} ({@code HSP_DATA_DIR}): plain beans rather than conditional ones, since the
 * ahead-of-time build fixes which beans exist but not what they are made of. The schema is migrated
 * before the data source is handed to anything else, unless its history shows it current already
 * ({@link SchemaHistory}).
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    @Bean
    Database database(@Value("${hsp.db.url:}") String url, @Value("${hsp.data.dir:}") String dataDir) {
        return Database.choose(url, dataDir);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(Database database, @Value("${hsp.db.pool-size:}") String poolSize,
            @Value("${hsp.db.connection-timeout:#{null}}") Duration connectionTimeout,
            @Value("${hsp.db.socket-timeout:#{null}}") Duration socketTimeout) {
        ReadOnlyDataFolder.check(database);
        HikariDataSource dataSource = new HikariDataSource(serving(database, PostgresqlPoolSize.parse(poolSize),
                ConnectionTimeout.of(connectionTimeout, database), SocketTimeout.of(socketTimeout)));
        if (!SchemaHistory.isCurrent(dataSource, database.kind())) {
            migrate(database, dataSource);
        }
        return dataSource;
    }

    /**
     * The pool of the server's requests: {@code postgresqlPoolSize} connections on PostgreSQL, the wait for
     * one, and on PostgreSQL the longest wait for the database to answer on one ({@link SocketTimeout}).
     */
    static HikariConfig serving(Database database, int postgresqlPoolSize, Duration connectionTimeout,
            Duration socketTimeout) {
        HikariConfig config = hikari(database);
        config.setMaximumPoolSize(database.poolSize(postgresqlPoolSize));
        config.setConnectionTimeout(connectionTimeout.toMillis());
        if (database.kind() == Database.Kind.POSTGRESQL) {
            SocketTimeout.addTo(config.getDataSourceProperties(), socketTimeout);
        }
        return config;
    }

    /**
     * Migrates the schema. On PostgreSQL on connections of their own, without the server's socket timeout:
     * building an index, or waiting for another instance's migration to end, may take longer than a request
     * may wait. SQLite's one writer is the server's own connection.
     */
    private static void migrate(Database database, HikariDataSource serving) {
        if (database.kind() == Database.Kind.SQLITE) {
            new Migrations(database, serving).migrate();
            return;
        }
        try (HikariDataSource migrating = Backups.dataSource(database)) {
            new Migrations(database, migrating).migrate();
        }
    }

    @Bean
    JdbcClient jdbcClient(DataSource dataSource) {
        return JdbcClient.create(dataSource);
    }

    @Bean
    GroupCommit groupCommit(TransactionTemplate transactions) {
        return new GroupCommit(transactions);
    }

    @Bean
    Ids ids(Clock clock) {
        return new Ids(clock);
    }

    /**
     * The pool of the server's connections: one for SQLite (its single writer), and PostgreSQL's default
     * size unless the server's {@code hsp.db.pool-size} says otherwise; the server sets its wait for a
     * connection too ({@link ConnectionTimeout}). SQLite's connections keep their prepared statements
     * ({@link KeptStatements}).
     */
    static HikariConfig hikari(Database database) {
        database.createFolder();
        HikariConfig config = new HikariConfig();
        config.setPoolName("hsp");
        if (database.kind() == Database.Kind.SQLITE) {
            config.setDataSource(new KeptStatements(database.url(), database.connectionProperties()));
        } else {
            config.setJdbcUrl(database.url());
            config.setDriverClassName(database.driverClassName());
            config.setDataSourceProperties(database.connectionProperties());
        }
        config.setMaximumPoolSize(database.poolSize(PostgresqlPoolSize.DEFAULT));
        config.setMinimumIdle(1);
        return config;
    }
}
