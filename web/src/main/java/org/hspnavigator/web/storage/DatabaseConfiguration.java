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
            @Value("${hsp.db.connection-timeout:#{null}}") Duration connectionTimeout) {
        ReadOnlyDataFolder.check(database);
        HikariConfig config = hikari(database);
        config.setMaximumPoolSize(database.poolSize(PostgresqlPoolSize.parse(poolSize)));
        config.setConnectionTimeout(ConnectionTimeout.of(connectionTimeout, database).toMillis());
        HikariDataSource dataSource = new HikariDataSource(config);
        if (!SchemaHistory.isCurrent(dataSource, database.kind())) {
            new Migrations(database, dataSource).migrate();
        }
        return dataSource;
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
