package jp.bansou.activity.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import jp.bansou.activity.ImportedRecord;

/**
 * H2 (and any other database): the rows go into transactional temporary tables with batched
 * inserts, staff and categories into their own stage tables as they come.
 */
final class BatchedImportStage implements ImportStage {

    private static final int BATCH = 1000;

    private final PreparedStatement rows;
    private final PreparedStatement staff;
    private final PreparedStatement categories;
    private int pending;

    BatchedImportStage(Connection connection, String table) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE LOCAL TEMPORARY TABLE " + table + " " + CREATE_COLUMNS + " ON COMMIT DROP TRANSACTIONAL");
            s.execute("CREATE LOCAL TEMPORARY TABLE " + table + "_staff (natural_key VARCHAR(200), linked_id BIGINT)"
                    + " ON COMMIT DROP TRANSACTIONAL");
            s.execute("CREATE LOCAL TEMPORARY TABLE " + table + "_category (natural_key VARCHAR(200), linked_id BIGINT)"
                    + " ON COMMIT DROP TRANSACTIONAL");
        }
        rows = connection.prepareStatement("INSERT INTO " + table + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        staff = connection.prepareStatement("INSERT INTO " + table + "_staff VALUES (?, ?)");
        categories = connection.prepareStatement("INSERT INTO " + table + "_category VALUES (?, ?)");
    }

    @Override
    public void add(ImportedRecord record) {
        try {
            Object[] values = StageRows.values(record);
            for (int i = 0; i < values.length; i++) {
                rows.setObject(i + 1, values[i]);
            }
            rows.addBatch();
            for (Long id : record.staffIds()) {
                staff.setString(1, record.naturalKey());
                staff.setLong(2, id);
                staff.addBatch();
            }
            for (Long id : record.categoryIds()) {
                categories.setString(1, record.naturalKey());
                categories.setLong(2, id);
                categories.addBatch();
            }
            if (++pending == BATCH) {
                flush();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void finish() {
        try {
            flush();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void flush() throws SQLException {
        rows.executeBatch();
        staff.executeBatch();
        categories.executeBatch();
        pending = 0;
    }

    @Override
    public void close() {
        try {
            rows.close();
            staff.close();
            categories.close();
        } catch (SQLException e) {
            // closing statements of a connection the transaction still owns
        }
    }
}
