package jp.bansou.activity.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import jp.bansou.activity.ImportBatch;
import jp.bansou.shared.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Import batches, and the deletion of a batch's records when it is undone. */
@Repository
public class BatchStore {

    private static final String COLUMNS = """
            SELECT b.id, b.file_name, b.file_sha256, p.name AS profile_name, b.encoding, b.record_count,
                   b.skipped_duplicates, b.status, b.created_by, b.created_at, b.undone_by, b.undone_at
            FROM import_batch b LEFT JOIN import_profile p ON p.id = b.profile_id
            """;

    private final JdbcClient jdbc;

    BatchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long associationId, String fileName, String sha256, Long profileId, String encoding,
                       String user) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO import_batch (association_id, file_name, file_sha256, profile_id, encoding, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(associationId, fileName, sha256, profileId, encoding, user, LocalDateTime.now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void finish(long batchId, int stored, int skipped) {
        jdbc.sql("UPDATE import_batch SET record_count = ?, skipped_duplicates = ? WHERE id = ?")
                .params(stored, skipped, batchId).update();
    }

    public Optional<ImportBatch> completedWithSha(long associationId, String sha256) {
        return jdbc.sql(COLUMNS + "WHERE b.association_id = ? AND b.file_sha256 = ? AND b.status = 'COMPLETED' ORDER BY b.id")
                .params(associationId, sha256).query(BatchStore::batch).list().stream().findFirst();
    }

    public Optional<ImportBatch> find(long associationId, long batchId) {
        return jdbc.sql(COLUMNS + "WHERE b.association_id = ? AND b.id = ?").params(associationId, batchId)
                .query(BatchStore::batch).optional();
    }

    public List<ImportBatch> all(long associationId) {
        return jdbc.sql(COLUMNS + "WHERE b.association_id = ? ORDER BY b.id DESC").param(associationId)
                .query(BatchStore::batch).list();
    }

    /** The fiscal years the batch's records fall in. */
    public Set<FiscalYear> yearsOf(long batchId) {
        return new TreeSet<>(jdbc.sql("""
                SELECT DISTINCT CASE WHEN EXTRACT(MONTH FROM activity_date) >= 4 THEN EXTRACT(YEAR FROM activity_date)
                                     ELSE EXTRACT(YEAR FROM activity_date) - 1 END AS fy
                FROM activity_record WHERE import_batch_id = ?""")
                .param(batchId).query((rs, n) -> FiscalYear.of(rs.getInt("fy"))).list());
    }

    public java.util.List<java.time.LocalDate> datesOf(long batchId) {
        return jdbc.sql("SELECT DISTINCT activity_date FROM activity_record WHERE import_batch_id = ?")
                .param(batchId).query(java.time.LocalDate.class).list();
    }

    /** Deletes the batch's records (their staff and categories follow by cascade) and marks it undone. */
    public int undo(long associationId, long batchId, String user) {
        int deleted = jdbc.sql("DELETE FROM activity_record WHERE association_id = ? AND import_batch_id = ?")
                .params(associationId, batchId).update();
        jdbc.sql("UPDATE import_batch SET status = 'UNDONE', undone_by = ?, undone_at = ? WHERE id = ?")
                .params(user, LocalDateTime.now(), batchId).update();
        return deleted;
    }

    private static ImportBatch batch(ResultSet rs, int n) throws SQLException {
        return new ImportBatch(rs.getLong("id"), rs.getString("file_name"), rs.getString("file_sha256"),
                rs.getString("profile_name"), rs.getString("encoding"), rs.getInt("record_count"),
                rs.getInt("skipped_duplicates"), ImportBatch.Status.valueOf(rs.getString("status")),
                rs.getString("created_by"), rs.getObject("created_at", LocalDateTime.class),
                rs.getString("undone_by"), rs.getObject("undone_at", LocalDateTime.class));
    }
}
