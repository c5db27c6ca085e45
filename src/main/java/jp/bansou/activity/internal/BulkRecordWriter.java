package jp.bansou.activity.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import jp.bansou.activity.BulkImportResult;
import jp.bansou.activity.DuplicateImportRowsException;
import jp.bansou.activity.ImportedRecord;
import jp.bansou.shared.FiscalYear;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * Stores many records at once: validated rows are staged (COPY on PostgreSQL, batched inserts on
 * H2), then four set-based statements register the new businesses, insert the records whose
 * natural key is new, and link their staff and categories. Memory stays constant in the number of
 * rows; runs inside the caller's transaction, so a failure leaves nothing behind.
 */
@Repository
public class BulkRecordWriter {

    private static final Logger log = LoggerFactory.getLogger(BulkRecordWriter.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    BulkRecordWriter(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    public BulkImportResult write(long associationId, Long batchId, Consumer<Consumer<ImportedRecord>> rows) {
        String stage = "import_stage_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        boolean postgres = isPostgres(connection);
        Phases phases = new Phases();
        try (ImportStage staged = postgres ? new PostgresImportStage(connection, stage)
                : new BatchedImportStage(connection, stage)) {
            rows.accept(staged::add);
            staged.finish();
        } catch (SQLException e) {
            throw new IllegalStateException("取込データを準備できませんでした", e);
        }
        phases.done("rows read and staged");
        refuseRepeatedRows(stage);
        long staged = jdbc.sql("SELECT COUNT(*) FROM " + stage).query(Long.class).single();
        phases.done("checked for repeated rows");
        long registered = registerBusinesses(associationId, stage);
        phases.done("businesses registered");
        long stored = insertRecords(associationId, batchId, stage, postgres);
        phases.done("records inserted");
        if (postgres && stored >= 10_000) {
            refreshStatistics();
        }
        link(associationId, batchId, stage, "activity_staff", "staff_member_id");
        link(associationId, batchId, stage, "activity_category", "category_id");
        phases.done("staff and categories linked");
        return new BulkImportResult(stored, staged - stored, registered, years(stage));
    }

    /** PostgreSQL stages with COPY; any other database (H2) with batched inserts. */
    private static boolean isPostgres(Connection connection) {
        try {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * After a large batch PostgreSQL's planner would still plan the links and the recount with the old
     * row counts (autovacuum analyses later) and pick nested loops over whole tables: refresh them now.
     */
    private void refreshStatistics() {
        for (String table : List.of("business", "activity_record", "activity_staff", "activity_category")) {
            jdbc.sql("ANALYZE " + table).update();
        }
    }

    /**
     * Two rows of one file with the same natural key are one record given twice: refused, not merged.
     * The keys given twice are found first (nearly always none), so no join over the whole stage runs.
     */
    private void refuseRepeatedRows(String stage) {
        Map<String, Long> repeated = new HashMap<>();
        jdbc.sql("SELECT natural_key, MIN(line) AS first_line FROM " + stage
                        + " GROUP BY natural_key HAVING COUNT(*) > 1 LIMIT 200")
                .query(rs -> {
                    repeated.put(rs.getString("natural_key"), rs.getLong("first_line"));
                });
        if (repeated.isEmpty()) {
            return;
        }
        List<DuplicateImportRowsException.Repeat> repeats = jdbc.sql("SELECT line, natural_key FROM " + stage
                        + " WHERE natural_key IN (:keys) ORDER BY line")
                .param("keys", repeated.keySet())
                .query((rs, n) -> new DuplicateImportRowsException.Repeat(rs.getLong("line"),
                        repeated.get(rs.getString("natural_key"))))
                .list().stream().filter(r -> r.line() > r.firstLine()).limit(200).toList();
        throw new DuplicateImportRowsException(repeats);
    }

    /**
     * Registers the businesses no stored one matches: first those with a member number (one per
     * number), then those without (one per normalised name and district), so a row naming a business
     * registered by the first step in another spelling finds it, as it would row by row.
     */
    private long registerBusinesses(long associationId, String stage) {
        long byNumber = jdbc.sql("INSERT INTO business (association_id, name, normalized_name, district_id, member,"
                        + " member_number) SELECT :a, MIN(s.business_name), MIN(s.normalized_name),"
                        + " MIN(s.business_district_id), TRUE, s.member_number FROM " + stage + " s"
                        + " WHERE s.business_name IS NOT NULL AND s.member_number IS NOT NULL AND "
                        + NO_MATCHING_BUSINESS + " GROUP BY s.member_number")
                .param("a", associationId).update();
        long byName = jdbc.sql("INSERT INTO business (association_id, name, normalized_name, district_id, member)"
                        + " SELECT :a, MIN(s.business_name), s.normalized_name, s.business_district_id, FALSE FROM "
                        + stage + " s WHERE s.business_name IS NOT NULL AND s.member_number IS NULL AND "
                        + NO_MATCHING_BUSINESS + " GROUP BY s.normalized_name, s.business_district_id")
                .param("a", associationId).update();
        return byNumber + byName;
    }

    /**
     * Inserts the staged records whose key is new, each with its business: found by member number,
     * else by name in its district. PostgreSQL joins the registry (hashed once); H2, which evaluates a
     * joined subquery per row, looks each row up through the indexes instead.
     */
    private long insertRecords(long associationId, Long batchId, String stage, boolean postgres) {
        String business = postgres
                ? "COALESCE(bm.id, bn.id) END FROM " + stage + " s"
                        + " LEFT JOIN (SELECT member_number, MIN(id) AS id FROM business WHERE association_id = :a"
                        + " AND merged_into_id IS NULL AND member_number IS NOT NULL GROUP BY member_number) bm"
                        + " ON bm.member_number = s.member_number"
                        + " LEFT JOIN (SELECT district_id, normalized_name, MIN(id) AS id FROM business"
                        + " WHERE association_id = :a AND merged_into_id IS NULL GROUP BY district_id, normalized_name) bn"
                        + " ON bn.district_id = s.business_district_id AND bn.normalized_name = s.normalized_name"
                : "COALESCE((SELECT MIN(b.id) FROM business b WHERE b.association_id = :a AND b.merged_into_id IS NULL"
                        + " AND s.member_number IS NOT NULL AND b.member_number = s.member_number),"
                        + " (SELECT MIN(b.id) FROM business b WHERE b.association_id = :a AND b.merged_into_id IS NULL"
                        + " AND b.district_id = s.business_district_id AND b.normalized_name = s.normalized_name)) END"
                        + " FROM " + stage + " s";
        return jdbc.sql("INSERT INTO activity_record (association_id, activity_date, kind_id, district_id, minutes,"
                        + " participants, deals, press_releases, note, source, import_batch_id, natural_key, business_id)"
                        + " SELECT :a, s.activity_date, s.kind_id, s.district_id, s.minutes, s.participants, s.deals,"
                        + " s.press_releases, s.note, 'IMPORT', :batch, s.natural_key,"
                        + " CASE WHEN s.business_name IS NULL AND s.member_number IS NULL THEN NULL ELSE " + business
                        + " WHERE NOT EXISTS (SELECT 1 FROM activity_record x"
                        + " WHERE x.association_id = :a AND x.natural_key = s.natural_key)")
                .param("a", associationId).param("batch", batchId).update();
    }

    /**
     * Links the stored records to their staff or categories. A batch's records were all inserted just
     * now, so none has links yet; records stored without a batch may, so those already there are left.
     */
    private void link(long associationId, Long batchId, String stage, String table, String column) {
        String records = batchId == null ? "IS NULL AND r.source = 'IMPORT' AND NOT EXISTS (SELECT 1 FROM " + table
                + " t WHERE t.record_id = r.id AND t." + column + " = l.linked_id)" : "= :batch";
        jdbc.sql("INSERT INTO " + table + " (record_id, " + column + ") SELECT r.id, l.linked_id FROM " + stage + "_"
                        + (table.equals("activity_staff") ? "staff" : "category") + " l JOIN activity_record r"
                        + " ON r.association_id = :a AND r.natural_key = l.natural_key WHERE r.import_batch_id " + records)
                .param("a", associationId).param("batch", batchId).update();
    }

    private Set<FiscalYear> years(String stage) {
        Set<FiscalYear> years = new TreeSet<>();
        jdbc.sql("SELECT MIN(activity_date) AS first_day, MAX(activity_date) AS last_day FROM " + stage)
                .query(rs -> {
                    LocalDate first = rs.getObject("first_day", LocalDate.class);
                    LocalDate last = rs.getObject("last_day", LocalDate.class);
                    if (first != null) {
                        for (FiscalYear y = FiscalYear.containing(first); y.compareTo(FiscalYear.containing(last)) <= 0;
                             y = y.next()) {
                            years.add(y);
                        }
                    }
                });
        return years;
    }

    /** No stored business has the row's member number, nor its name in its district (two index lookups, not one OR). */
    private static final String NO_MATCHING_BUSINESS = "NOT EXISTS (SELECT 1 FROM business b"
            + " WHERE b.association_id = :a AND b.merged_into_id IS NULL AND s.member_number IS NOT NULL"
            + " AND b.member_number = s.member_number) AND NOT EXISTS (SELECT 1 FROM business b"
            + " WHERE b.association_id = :a AND b.merged_into_id IS NULL"
            + " AND b.district_id = s.business_district_id AND b.normalized_name = s.normalized_name)";

    /** Debug timings of the set-based steps, for the benchmark's breakdown. */
    private static final class Phases {
        private long start = System.nanoTime();

        void done(String what) {
            long now = System.nanoTime();
            log.debug("bulk write: {} in {} ms", what, (now - start) / 1_000_000);
            start = now;
        }
    }
}
