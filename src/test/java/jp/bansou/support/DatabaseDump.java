package jp.bansou.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Every row of every table of the application's schema, as text, to compare a database before and
 * after something that must change nothing. Generic (the tables come from information_schema, the
 * same query on H2 and PostgreSQL), exact (binary values in hex, text as stored, nulls marked) and
 * independent of physical order (each table's rows sorted).
 */
public record DatabaseDump(Map<String, List<String>> tables) {

    private static final String TABLES = """
            SELECT table_name FROM information_schema.tables
            WHERE LOWER(table_schema) = LOWER(?) AND table_type = 'BASE TABLE' ORDER BY table_name""";

    /** The dump of the schema the data source's connections use, as committed. */
    public static DatabaseDump of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, List<String>> tables = new TreeMap<>();
            for (String table : tableNames(connection)) {
                tables.put(table, rows(connection, table));
            }
            return new DatabaseDump(tables);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot dump the database", e);
        }
    }

    /** Asserts that {@code after} holds exactly this dump's rows, naming the tables and rows that differ. */
    public void assertUnchanged(DatabaseDump after, String what) {
        assertThat(after.tables.keySet()).as("tables after " + what).isEqualTo(tables.keySet());
        List<String> changed = new ArrayList<>();
        tables.forEach((table, rows) -> {
            List<String> now = after.tables.get(table);
            if (!rows.equals(now)) {
                List<String> added = new ArrayList<>(now);
                added.removeAll(rows);
                List<String> removed = new ArrayList<>(rows);
                removed.removeAll(now);
                changed.add(table + " (" + rows.size() + " → " + now.size() + " rows; added "
                        + added.stream().limit(3).toList() + ", removed " + removed.stream().limit(3).toList() + ")");
            }
        });
        assertThat(changed).as("tables changed by " + what).isEmpty();
    }

    public int rowCount() {
        return tables.values().stream().mapToInt(List::size).sum();
    }

    private static List<String> tableNames(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(TABLES)) {
            query.setString(1, connection.getSchema());
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    names.add(result.getString(1));
                }
            }
        }
        if (names.isEmpty()) {
            throw new IllegalStateException("no tables in schema " + connection.getSchema());
        }
        return names;
    }

    private static List<String> rows(Connection connection, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    row.append(c == 1 ? "" : "|").append(text(result.getObject(c)));
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }

    /** A value as exact text: separators and backslashes escaped, so no two rows read alike. */
    private static String text(Object value) throws SQLException {
        if (value == null) {
            return "\\N";
        }
        if (value instanceof byte[] bytes) {
            return "\\x" + HexFormat.of().formatHex(bytes);
        }
        if (value instanceof Blob blob) {
            return "\\x" + HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
        }
        String text = value instanceof Clob clob ? clob.getSubString(1, (int) clob.length()) : value.toString();
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "\\n").replace("\r", "\\r");
    }
}
