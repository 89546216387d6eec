package org.hspnavigator.web.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies the rows of every table from one database to another of the same schema version, SQLite or
 * PostgreSQL on either side: the values are read as the source stores them and written as the target's
 * column types want them (SQLite keeps booleans as 0 and 1, PostgreSQL as booleans). The table names are
 * the constants of {@link Tables}, never input.
 */
final class TableCopier {

    private static final int BATCH = 500;

    private TableCopier() {
    }

    /** Copies every table; returns the rows copied per table. The caller owns the transactions. */
    static Map<String, Long> copy(Connection source, Connection target) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : Tables.IN_DEPENDENCY_ORDER) {
            counts.put(table, copyTable(source, target, table));
        }
        return counts;
    }

    private static long copyTable(Connection source, Connection target, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        try (Statement statement = target.createStatement();
                ResultSet empty = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData meta = empty.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i));
                types.add(meta.getColumnType(i));
            }
        }
        String names = String.join(", ", columns);
        String insert = "INSERT INTO " + table + " (" + names + ") VALUES (" + "?, ".repeat(columns.size() - 1) + "?)";
        long rows = 0;
        try (Statement statement = source.createStatement();
                ResultSet read = statement.executeQuery("SELECT " + names + " FROM " + table + " ORDER BY 1, 2");
                PreparedStatement write = target.prepareStatement(insert)) {
            while (read.next()) {
                for (int i = 0; i < columns.size(); i++) {
                    write.setObject(i + 1, value(read.getObject(i + 1), types.get(i)));
                }
                write.addBatch();
                if (++rows % BATCH == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
        return rows;
    }

    /** A value as a column of {@code type} takes it. */
    static Object value(Object value, int type) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case Types.BOOLEAN, Types.BIT -> value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
            case Types.BIGINT -> ((Number) value).longValue();
            case Types.INTEGER, Types.SMALLINT -> ((Number) value).intValue();
            default -> value;
        };
    }

    /** The rows of a table in the order of its key, each value as text or bytes: what a round trip must keep. */
    static List<List<Object>> rows(Connection connection, String table) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet read = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
            int count = read.getMetaData().getColumnCount();
            while (read.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= count; i++) {
                    Object value = read.getObject(i);
                    row.add(value instanceof byte[] bytes ? java.util.HexFormat.of().formatHex(bytes)
                            : value instanceof Boolean b ? (b ? "1" : "0") : value == null ? null : value.toString());
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
