package org.hspnavigator.web.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite databases of the tests leave nothing in the temporary folder once the test JVM ends: a JVM
 * of its own, whose temporary folder is this test's, makes one as the tests do, writes to it and ends.
 */
class TestDatabasesCleanUpTest {

    /** The JVM of the test below: one database of the tests, written to, left open. */
    public static final class OneDatabase {
        public static void main(String[] args) throws Exception {
            Database database = TestDatabases.sqlite();
            Connection connection = DriverManager.getConnection(database.url(), database.connectionProperties());
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE t (x INTEGER)");
                statement.execute("INSERT INTO t VALUES (1)");
            }
        }
    }

    @Test
    void theFoldersOfTheDatabasesAreGoneWhenTheJvmEnds(@TempDir Path temporary) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + temporary, "-cp", classPath(), OneDatabase.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        try (Stream<Path> left = Files.list(temporary)) {
            assertThat(left.map(path -> path.getFileName().toString()).filter(name -> name.startsWith("hsp-test-")))
                    .isEmpty();
        }
    }

    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
