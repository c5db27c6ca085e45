package jp.bansou.progress.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import jp.bansou.progress.SnapshotRow;
import jp.bansou.progress.YearSnapshot;
import jp.bansou.shared.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Year-end snapshots of the target table: taken and compared with set-based SQL over the table's
 * values (target, actual, grade, half years, district split), one statement each.
 */
@Repository
public class SnapshotStore {

    /** Every value of the year's table, one row per item-year and field, NULL where empty. */
    private static final String CURRENT = """
            SELECT y.id AS item_year_id, 'TARGET' AS field_code, y.target_value AS num_value,
                   CAST(NULL AS VARCHAR(10)) AS text_value
            FROM item_year y JOIN kpi_item i ON i.id = y.item_id WHERE i.association_id = :a AND y.fiscal_year = :fy
            UNION ALL
            SELECT y.id, 'ACTUAL', y.actual_value, CAST(NULL AS VARCHAR(10))
            FROM item_year y JOIN kpi_item i ON i.id = y.item_id WHERE i.association_id = :a AND y.fiscal_year = :fy
            UNION ALL
            SELECT y.id, 'GRADE', CAST(NULL AS NUMERIC(14, 1)), y.grade
            FROM item_year y JOIN kpi_item i ON i.id = y.item_id WHERE i.association_id = :a AND y.fiscal_year = :fy
            UNION ALL
            SELECT y.id, 'FIRST_HALF', h.first_half, CAST(NULL AS VARCHAR(10))
            FROM item_year y JOIN kpi_item i ON i.id = y.item_id
            LEFT JOIN counted_actual_half h ON h.item_id = y.item_id AND h.fiscal_year = y.fiscal_year
            WHERE i.association_id = :a AND y.fiscal_year = :fy
            UNION ALL
            SELECT y.id, 'SECOND_HALF', h.second_half, CAST(NULL AS VARCHAR(10))
            FROM item_year y JOIN kpi_item i ON i.id = y.item_id
            LEFT JOIN counted_actual_half h ON h.item_id = y.item_id AND h.fiscal_year = y.fiscal_year
            WHERE i.association_id = :a AND y.fiscal_year = :fy
            UNION ALL
            SELECT y.id, 'D' || CAST(d.id AS VARCHAR(20)), s.actual_value, CAST(NULL AS VARCHAR(10))
            FROM item_year y JOIN kpi_item i ON i.id = y.item_id
            JOIN district d ON d.association_id = i.association_id
            LEFT JOIN item_year_district_actual s ON s.item_year_id = y.id AND s.district_id = d.id
            WHERE i.association_id = :a AND y.fiscal_year = :fy""";

    private final JdbcClient jdbc;

    SnapshotStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the year's snapshot with the table as it is now. */
    public void take(long associationId, FiscalYear year, String takenBy, LocalDateTime at) {
        jdbc.sql("DELETE FROM year_snapshot WHERE association_id = ? AND fiscal_year = ?")
                .params(associationId, year.startYear()).update();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO year_snapshot (association_id, fiscal_year, taken_at, taken_by) VALUES (?, ?, ?, ?)")
                .params(associationId, year.startYear(), at, takenBy).update(keys, "id");
        jdbc.sql("INSERT INTO snapshot_value (snapshot_id, item_year_id, field_code, num_value, text_value)"
                        + " SELECT :s, c.item_year_id, c.field_code, c.num_value, c.text_value"
                        + " FROM (" + CURRENT + ") c")
                .param("s", keys.getKey().longValue()).param("a", associationId).param("fy", year.startYear())
                .update();
    }

    public Optional<YearSnapshot> snapshot(long associationId, FiscalYear year) {
        return jdbc.sql("SELECT taken_at, taken_by FROM year_snapshot WHERE association_id = ? AND fiscal_year = ?")
                .params(associationId, year.startYear())
                .query((rs, n) -> new YearSnapshot(year, rs.getObject("taken_at", LocalDateTime.class),
                        rs.getString("taken_by")))
                .optional();
    }

    /** The values that differ now from the year's snapshot, in table order (empty without a snapshot). */
    public List<Changed> differences(long associationId, FiscalYear year) {
        return jdbc.sql("""
                SELECT v.item_year_id, i.name AS item_name, v.field_code, v.num_value AS was_num,
                       v.text_value AS was_text, c.num_value AS now_num, c.text_value AS now_text
                FROM year_snapshot s JOIN snapshot_value v ON v.snapshot_id = s.id
                JOIN item_year y ON y.id = v.item_year_id JOIN kpi_item i ON i.id = y.item_id
                JOIN business_area a ON a.id = i.area_id
                LEFT JOIN (""" + CURRENT + """
                ) c ON c.item_year_id = v.item_year_id AND c.field_code = v.field_code
                WHERE s.association_id = :a AND s.fiscal_year = :fy
                  AND (v.num_value IS DISTINCT FROM c.num_value OR v.text_value IS DISTINCT FROM c.text_value)
                ORDER BY a.display_order, a.id, i.display_order, i.id, v.field_code""")
                .param("a", associationId).param("fy", year.startYear())
                .query((rs, n) -> new Changed(rs.getLong("item_year_id"), rs.getString("item_name"),
                        rs.getString("field_code"), rs.getBigDecimal("was_num"), rs.getString("was_text"),
                        rs.getBigDecimal("now_num"), rs.getString("now_text")))
                .list();
    }

    /** The snapshot as a table: one row per item-year, in table order (empty without a snapshot). */
    public List<SnapshotRow> rows(long associationId, FiscalYear year) {
        return jdbc.sql("""
                SELECT v.item_year_id, a.name AS area_name, i.name, i.parent_item_id, i.unit,
                       MAX(CASE WHEN v.field_code = 'TARGET' THEN v.num_value END) AS target_value,
                       MAX(CASE WHEN v.field_code = 'ACTUAL' THEN v.num_value END) AS actual_value,
                       MAX(CASE WHEN v.field_code = 'FIRST_HALF' THEN v.num_value END) AS first_half,
                       MAX(CASE WHEN v.field_code = 'SECOND_HALF' THEN v.num_value END) AS second_half,
                       MAX(CASE WHEN v.field_code = 'GRADE' THEN v.text_value END) AS grade
                FROM year_snapshot s JOIN snapshot_value v ON v.snapshot_id = s.id
                JOIN item_year y ON y.id = v.item_year_id JOIN kpi_item i ON i.id = y.item_id
                JOIN business_area a ON a.id = i.area_id
                WHERE s.association_id = :a AND s.fiscal_year = :fy
                GROUP BY v.item_year_id, a.name, i.name, i.parent_item_id, i.unit, a.display_order, a.id,
                         i.display_order, i.id
                ORDER BY a.display_order, a.id, i.display_order, i.id""")
                .param("a", associationId).param("fy", year.startYear())
                .query((rs, n) -> new SnapshotRow(rs.getLong("item_year_id"), rs.getString("area_name"),
                        rs.getString("name"), rs.getObject("parent_item_id") != null, rs.getString("unit"),
                        rs.getBigDecimal("target_value"), rs.getBigDecimal("actual_value"),
                        rs.getBigDecimal("first_half"), rs.getBigDecimal("second_half"), rs.getString("grade")))
                .list();
    }

    /** One value that differs: what the snapshot holds and what the table holds now. */
    public record Changed(long itemYearId, String itemName, String fieldCode, BigDecimal wasNumber, String wasText,
                          BigDecimal nowNumber, String nowText) {
    }
}
