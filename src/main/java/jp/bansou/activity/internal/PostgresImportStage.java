package jp.bansou.activity.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import jp.bansou.activity.ImportedRecord;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/** Streams the rows into a temporary table with COPY, then splits staff and categories out with SQL. */
final class PostgresImportStage implements ImportStage {

    private final Connection connection;
    private final String table;
    private final OutputStream copy;
    private final StringBuilder line = new StringBuilder(256);

    PostgresImportStage(Connection connection, String table) throws SQLException {
        this.connection = connection;
        this.table = table;
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TEMP TABLE " + table + " " + CREATE_COLUMNS + " ON COMMIT DROP");
        }
        this.copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                "COPY " + table + " FROM STDIN (FORMAT text)", 1 << 16);
    }

    @Override
    public void add(ImportedRecord record) {
        line.setLength(0);
        StageRows.appendCopyLine(line, StageRows.values(record));
        try {
            copy.write(line.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void finish() {
        try {
            copy.close();
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE INDEX ON " + table + " (natural_key)");
                s.execute("CREATE TEMP TABLE " + table + "_staff ON COMMIT DROP AS SELECT natural_key,"
                        + " CAST(unnest(string_to_array(staff_ids, ',')) AS BIGINT) AS linked_id FROM " + table
                        + " WHERE staff_ids <> ''");
                s.execute("CREATE TEMP TABLE " + table + "_category ON COMMIT DROP AS SELECT natural_key,"
                        + " CAST(unnest(string_to_array(category_ids, ',')) AS BIGINT) AS linked_id FROM " + table
                        + " WHERE category_ids <> ''");
                s.execute("ANALYZE " + table);
                s.execute("ANALYZE " + table + "_staff");
                s.execute("ANALYZE " + table + "_category");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            copy.close();
        } catch (IOException e) {
            // already closed by finish(), or the transaction is failing anyway
        }
    }
}
