package org.hspnavigator.web.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.jdbc4.JDBC4PreparedStatement;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The server's SQLite pool keeps each prepared statement for the next use of its SQL, through the pool's
 * own wrappers, with nothing of its last use left: no parameter, no open result set (which would hold a
 * read transaction open), nothing in progress for {@code VACUUM INTO} (hsp backup), and the same SQL still
 * usable while its kept statement is in use.
 */
class KeptStatementsTest {

    private Database database;
    private HikariDataSource dataSource;
    private JdbcClient jdbc;

    @BeforeEach
    void open() {
        database = TestDatabases.sqlite();
        dataSource = new HikariDataSource(DatabaseConfiguration.hikari(database));
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("CREATE TABLE entry (id INTEGER PRIMARY KEY, name TEXT)").update();
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void theSameSqlIsPreparedOnceAndAnswersAsIfPreparedAnew() throws SQLException {
        String insert = "INSERT INTO entry (id, name) VALUES (?, ?)";
        JDBC4PreparedStatement first;
        JDBC4PreparedStatement second;
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                statement.setInt(1, 1);
                statement.setString(2, "one");
                statement.executeUpdate();
                first = statement.unwrap(JDBC4PreparedStatement.class);
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                statement.setInt(1, 2);
                statement.executeUpdate();
                second = statement.unwrap(JDBC4PreparedStatement.class);
            }
        }
        assertThat(second).isSameAs(first);
        assertThat(jdbc.sql("SELECT name FROM entry ORDER BY id").query(String.class).list())
                .as("the second use's name was not given: not the first's").containsExactly("one", null);
    }

    @Test
    void aResultSetLeftOpenIsClosedWithItsStatementSoNoReadStaysOpen() throws SQLException {
        jdbc.sql("INSERT INTO entry (id, name) VALUES (1, 'one'), (2, 'two')").update();
        try (Connection connection = dataSource.getConnection()) {
            PreparedStatement statement = connection.prepareStatement("SELECT name FROM entry ORDER BY id");
            ResultSet results = statement.executeQuery();
            assertThat(results.next()).isTrue();
            statement.close();
            assertThat(results.isClosed()).isTrue();
            assertThat(statement.isClosed()).isTrue();
        }
        try (Connection other = Backups.open(database);
                ResultSet checkpoint = other.createStatement().executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            assertThat(checkpoint.next()).isTrue();
            assertThat(checkpoint.getInt(1)).as("checkpoint blocked by a reader").isZero();
        }
    }

    @Test
    void anInsertAndAQueryWhoseRowsWereNeverReadLeaveNothingInProgressForVacuumInto(@TempDir Path folder)
            throws SQLException {
        jdbc.sql("INSERT INTO entry (id, name) VALUES (1, 'one'), (2, 'two')").update();
        Path copy = folder.resolve("copy.db");
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement("SELECT name FROM entry ORDER BY id")) {
                assertThat(statement.execute()).as("a query, its rows waiting").isTrue();
            }
            try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, copy.toString());
                vacuum.execute();
            }
        }
        assertThat(copy).isNotEmptyFile();
    }

    @Test
    void theSameSqlWhileItsKeptStatementIsInUseIsPreparedApart() throws SQLException {
        jdbc.sql("INSERT INTO entry (id, name) VALUES (1, 'one'), (2, 'two')").update();
        String select = "SELECT name FROM entry WHERE id >= ? ORDER BY id";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement outer = connection.prepareStatement(select)) {
            outer.setInt(1, 1);
            try (ResultSet rows = outer.executeQuery()) {
                assertThat(rows.next()).isTrue();
                try (PreparedStatement inner = connection.prepareStatement(select)) {
                    assertThat(inner.unwrap(JDBC4PreparedStatement.class))
                            .isNotSameAs(outer.unwrap(JDBC4PreparedStatement.class));
                    inner.setInt(1, 2);
                    try (ResultSet others = inner.executeQuery()) {
                        assertThat(others.next()).isTrue();
                        assertThat(others.getString(1)).isEqualTo("two");
                    }
                }
                assertThat(rows.getString(1)).isEqualTo("one");
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("two");
            }
        }
    }

    @Test
    void beyondItsCapacityAConnectionClosesTheLeastRecentlyUsed() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            JDBC4PreparedStatement first;
            try (PreparedStatement statement = connection.prepareStatement("SELECT 0")) {
                first = statement.unwrap(JDBC4PreparedStatement.class);
            }
            for (int n = 1; n <= KeptStatements.CAPACITY; n++) {
                connection.prepareStatement("SELECT " + n).close();
            }
            assertThat(first.isClosed()).isTrue();
            try (PreparedStatement again = connection.prepareStatement("SELECT 0"); ResultSet results = again.executeQuery()) {
                assertThat(again.unwrap(JDBC4PreparedStatement.class)).isNotSameAs(first);
                assertThat(results.next()).isTrue();
                assertThat(results.getInt(1)).isZero();
            }
        }
    }
}
