package jp.bansou.budget.internal;

import java.time.LocalDateTime;
import java.util.Optional;
import jp.bansou.budget.BudgetRow;
import jp.bansou.budget.NewSpending;
import jp.bansou.budget.NewTransfer;
import jp.bansou.shared.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Budget lines, transfers and spending entries. Lines are inserted and their amount or note updated;
 * transfers and spending entries are only ever inserted (there is no update or delete of them here).
 */
@Repository
public class BudgetStore {

    private final JdbcClient jdbc;

    BudgetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The line with its sums, after locking its row so concurrent entries are checked one after another. */
    public Optional<BudgetRow> lockLine(long associationId, long lineId) {
        boolean exists = jdbc.sql("SELECT id FROM budget_line WHERE id = ? AND association_id = ? FOR UPDATE")
                .params(lineId, associationId).query(Long.class).optional().isPresent();
        return exists ? line(associationId, lineId) : Optional.empty();
    }

    public Optional<BudgetRow> line(long associationId, long lineId) {
        return jdbc.sql(LineSql.LINES + " WHERE l.association_id = :a AND l.id = :line")
                .param("a", associationId).param("line", lineId).query((rs, n) -> LineSql.row(rs)).optional();
    }

    public Optional<FiscalYear> lineYear(long associationId, long lineId) {
        return jdbc.sql("SELECT fiscal_year FROM budget_line WHERE id = ? AND association_id = ?")
                .params(lineId, associationId).query(Integer.class).optional().map(FiscalYear::of);
    }

    public Optional<BudgetRow> line(long associationId, FiscalYear year, long areaId, long categoryId) {
        return jdbc.sql(LineSql.YEAR_LINES + " AND l.area_id = :area AND l.category_id = :category")
                .param("a", associationId).param("fy", year.startYear()).param("area", areaId)
                .param("category", categoryId).query((rs, n) -> LineSql.row(rs)).optional();
    }

    public boolean areaBelongs(long associationId, long areaId) {
        return jdbc.sql("SELECT COUNT(*) FROM business_area WHERE id = ? AND association_id = ?")
                .params(areaId, associationId).query(Long.class).single() > 0;
    }

    public long insertLine(long associationId, FiscalYear year, long areaId, long categoryId, long amount,
                           String note) {
        return insert(jdbc.sql("""
                INSERT INTO budget_line (association_id, fiscal_year, area_id, category_id, amount, note)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(associationId, year.startYear(), areaId, categoryId, amount, note));
    }

    private static final String LINES_TO_COPY = """
            FROM budget_line l JOIN expense_category c ON c.id = l.category_id AND c.active
            WHERE l.association_id = :a AND l.fiscal_year = :from
              AND NOT EXISTS (SELECT 1 FROM budget_line n WHERE n.association_id = l.association_id
                              AND n.fiscal_year = :to AND n.area_id = l.area_id AND n.category_id = l.category_id)""";

    /**
     * Copies the year's lines of active categories into another year with their budget (not the
     * transfers nor the spending), where that year has no line of that area and category yet.
     */
    public int copyLines(long associationId, int from, int to) {
        return jdbc.sql("""
                INSERT INTO budget_line (association_id, fiscal_year, area_id, category_id, amount, note)
                SELECT l.association_id, CAST(:to AS INT), l.area_id, l.category_id, l.amount, l.note
                """ + LINES_TO_COPY)
                .param("a", associationId).param("from", from).param("to", to).update();
    }

    /** How many lines {@link #copyLines} would copy. */
    public int linesToCopy(long associationId, int from, int to) {
        return jdbc.sql("SELECT COUNT(*)\n" + LINES_TO_COPY)
                .param("a", associationId).param("from", from).param("to", to).query(Integer.class).single();
    }

    /** Updates the line if it is still at {@code expectedVersion}; false if someone saved it first. */
    public boolean updateLine(long associationId, long lineId, int expectedVersion, long amount, String note) {
        return jdbc.sql("""
                UPDATE budget_line SET amount = ?, note = ?, version = version + 1
                WHERE id = ? AND association_id = ? AND version = ?""")
                .params(amount, note, lineId, associationId, expectedVersion).update() == 1;
    }

    public long insertSpending(long associationId, NewSpending s, String by, LocalDateTime at) {
        return insert(jdbc.sql("""
                INSERT INTO spending_entry (association_id, line_id, spent_on, amount, payee, purpose, voucher_no,
                    activity_record_id, schedule_event_id, reason, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(associationId, s.lineId(), s.date(), s.amount().amount(), s.payee(), s.purpose(),
                        s.voucherNo(), s.activityRecordId(), s.eventId(), s.overBudgetReason(), by, at));
    }

    /** The entry reversing {@code entryId}: same line, payee, purpose, voucher and record, the amount negated. */
    public long insertReversal(long associationId, long entryId, java.time.LocalDate date, String reason, String by,
                               LocalDateTime at) {
        return insert(jdbc.sql("""
                INSERT INTO spending_entry (association_id, line_id, spent_on, amount, payee, purpose, voucher_no,
                    activity_record_id, schedule_event_id, reverses_id, reason, created_by, created_at)
                SELECT association_id, line_id, ?, -amount, payee, purpose, voucher_no, activity_record_id,
                       schedule_event_id, id, ?, ?, ?
                FROM spending_entry WHERE id = ? AND association_id = ?""")
                .params(date, reason, by, at, entryId, associationId));
    }

    public long insertTransfer(long associationId, NewTransfer t, String by, LocalDateTime at) {
        return insert(jdbc.sql("""
                INSERT INTO budget_transfer (association_id, from_line_id, to_line_id, amount, transferred_on, reason,
                    created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(associationId, t.fromLineId(), t.toLineId(), t.amount().amount(), t.date(), t.reason(), by,
                        at));
    }

    static long insert(JdbcClient.StatementSpec statement) {
        KeyHolder keys = new GeneratedKeyHolder();
        statement.update(keys, "id");
        return keys.getKeyAs(Long.class) != null ? keys.getKeyAs(Long.class) : keys.getKey().longValue();
    }
}
