package jp.bansou.rollover;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every row of every table of the schema as text, table by table, to compare before and after. */
final class TableDump {

    private TableDump() {
    }

    static Map<String, List<String>> of(JdbcTemplate jdbc) {
        List<String> tables = jdbc.execute((ConnectionCallback<List<String>>) TableDump::tables);
        Map<String, List<String>> dump = new TreeMap<>();
        for (String table : tables) {
            dump.put(table, jdbc.query("SELECT * FROM " + table, (rs, n) -> row(rs)));
        }
        return dump;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase();
                if (!name.startsWith("flyway")) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }

    private static String row(ResultSet rs) throws SQLException {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            row.append(rs.getMetaData().getColumnLabel(i).toLowerCase()).append('=').append(rs.getObject(i)).append('|');
        }
        return row.toString();
    }
}
