package jp.bansou.budget.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.bansou.budget.LedgerEntry;
import jp.bansou.budget.Transfer;
import jp.bansou.shared.FiscalYear;
import jp.bansou.shared.Yen;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of the spending ledger and the transfers; sums by the database. */
@Repository
public class LedgerStore {

    private static final String ENTRIES = """
            SELECT e.id, e.spent_on, e.line_id, a.name AS area, c.name AS category, e.amount, e.payee, e.purpose,
                   e.voucher_no, e.activity_record_id, e.schedule_event_id, ev.title AS event_title, e.reverses_id,
                   r.id AS reversed_by, e.reason, e.created_by
            FROM spending_entry e
            JOIN budget_line l ON l.id = e.line_id
            JOIN business_area a ON a.id = l.area_id
            JOIN expense_category c ON c.id = l.category_id
            LEFT JOIN spending_entry r ON r.reverses_id = e.id
            LEFT JOIN schedule_event ev ON ev.id = e.schedule_event_id AND ev.association_id = e.association_id
            """;

    /** Narrows to one line when :line is given (a typed NULL check, portable to PostgreSQL). */
    private static final String LINE = " AND (CAST(:line AS BIGINT) IS NULL OR e.line_id = :line)";

    private final JdbcClient jdbc;

    LedgerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<LedgerEntry> entry(long associationId, long id) {
        return jdbc.sql(ENTRIES + " WHERE e.association_id = ? AND e.id = ?").params(associationId, id)
                .query((rs, n) -> entry(rs)).optional();
    }

    /** The year's entries (of one line, or of all when {@code lineId} is null) by date, then as entered. */
    public List<LedgerEntry> entries(long associationId, FiscalYear year, Long lineId) {
        return jdbc.sql(ENTRIES + " WHERE e.association_id = :a AND l.fiscal_year = :fy" + LINE
                        + " ORDER BY e.spent_on, e.id")
                .param("a", associationId).param("fy", year.startYear()).param("line", lineId)
                .query((rs, n) -> entry(rs)).list();
    }

    /** The year's (or the line's) net spending, reversals included. */
    public Yen total(long associationId, FiscalYear year, Long lineId) {
        return Yen.of(jdbc.sql("""
                SELECT COALESCE(SUM(e.amount), 0) FROM spending_entry e JOIN budget_line l ON l.id = e.line_id
                WHERE e.association_id = :a AND l.fiscal_year = :fy""" + LINE)
                .param("a", associationId).param("fy", year.startYear()).param("line", lineId)
                .query(Long.class).single());
    }

    /** Net spending by calendar month (1–12) of the year's lines. */
    public Map<Integer, Long> byMonth(long associationId, FiscalYear year) {
        Map<Integer, Long> months = new HashMap<>();
        jdbc.sql("""
                SELECT CAST(EXTRACT(MONTH FROM e.spent_on) AS INT) AS m, SUM(e.amount) AS amount
                FROM spending_entry e JOIN budget_line l ON l.id = e.line_id
                WHERE e.association_id = ? AND l.fiscal_year = ?
                GROUP BY CAST(EXTRACT(MONTH FROM e.spent_on) AS INT)""")
                .params(associationId, year.startYear())
                .query(rs -> {
                    months.put(rs.getInt("m"), rs.getLong("amount"));
                });
        return months;
    }

    public List<Transfer> transfers(long associationId, FiscalYear year) {
        return jdbc.sql("""
                SELECT t.id, t.transferred_on, fa.name || ' / ' || fc.name AS from_line,
                       ta.name || ' / ' || tc.name AS to_line, t.amount, t.reason, t.created_by
                FROM budget_transfer t
                JOIN budget_line f ON f.id = t.from_line_id
                JOIN business_area fa ON fa.id = f.area_id JOIN expense_category fc ON fc.id = f.category_id
                JOIN budget_line tl ON tl.id = t.to_line_id
                JOIN business_area ta ON ta.id = tl.area_id JOIN expense_category tc ON tc.id = tl.category_id
                WHERE t.association_id = ? AND f.fiscal_year = ? ORDER BY t.transferred_on, t.id""")
                .params(associationId, year.startYear())
                .query((rs, n) -> new Transfer(rs.getLong("id"), rs.getObject("transferred_on", LocalDate.class),
                        rs.getString("from_line"), rs.getString("to_line"), Yen.of(rs.getLong("amount")),
                        rs.getString("reason"), rs.getString("created_by")))
                .list();
    }

    /** The fiscal years with budget lines, oldest first. */
    public List<FiscalYear> years(long associationId) {
        return jdbc.sql("SELECT DISTINCT fiscal_year FROM budget_line WHERE association_id = ? ORDER BY fiscal_year")
                .param(associationId).query(Integer.class).list().stream().map(FiscalYear::of).toList();
    }

    private static LedgerEntry entry(ResultSet rs) throws SQLException {
        return new LedgerEntry(rs.getLong("id"), rs.getObject("spent_on", LocalDate.class), rs.getLong("line_id"),
                rs.getString("area"), rs.getString("category"), Yen.of(rs.getLong("amount")), rs.getString("payee"),
                rs.getString("purpose"), rs.getString("voucher_no"), rs.getObject("activity_record_id", Long.class),
                rs.getObject("schedule_event_id", Long.class), rs.getString("event_title"),
                rs.getObject("reverses_id", Long.class), rs.getObject("reversed_by", Long.class),
                rs.getString("reason"), rs.getString("created_by"));
    }
}
