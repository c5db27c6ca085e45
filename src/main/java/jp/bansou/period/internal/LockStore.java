package jp.bansou.period.internal;

import java.time.LocalDateTime;
import java.util.List;
import jp.bansou.period.ClosedPeriod;
import jp.bansou.period.Period;
import jp.bansou.period.PeriodKind;
import jp.bansou.shared.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The closed periods of each association. */
@Repository
public class LockStore {

    private final JdbcClient jdbc;

    LockStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the period was closed already. */
    public boolean insert(long associationId, Period period, String closedBy, LocalDateTime at) {
        if (find(associationId, period)) {
            return false;
        }
        jdbc.sql("""
                INSERT INTO period_lock (association_id, fiscal_year, kind, month_number, closed_by, closed_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(associationId, period.year().startYear(), period.kind().name(), month(period), closedBy, at)
                .update();
        return true;
    }

    /** False when the period was not closed. */
    public boolean delete(long associationId, Period period) {
        return jdbc.sql("""
                DELETE FROM period_lock
                WHERE association_id = ? AND fiscal_year = ? AND kind = ? AND month_number = ?""")
                .params(associationId, period.year().startYear(), period.kind().name(), month(period))
                .update() > 0;
    }

    /** Every closed period of the association, by year, then year before halves before months. */
    public List<ClosedPeriod> all(long associationId) {
        return jdbc.sql("""
                SELECT fiscal_year, kind, month_number, closed_by, closed_at FROM period_lock WHERE association_id = ?
                ORDER BY fiscal_year, CASE kind WHEN 'YEAR' THEN 0 WHEN 'FIRST_HALF' THEN 1
                    WHEN 'SECOND_HALF' THEN 2 ELSE 3 END,
                    CASE WHEN month_number >= 4 THEN month_number ELSE month_number + 12 END""")
                .param(associationId)
                .query((rs, n) -> new ClosedPeriod(new Period(FiscalYear.of(rs.getInt("fiscal_year")),
                        PeriodKind.valueOf(rs.getString("kind")), rs.getInt("month_number")),
                        rs.getString("closed_by"), rs.getObject("closed_at", LocalDateTime.class)))
                .list();
    }

    private boolean find(long associationId, Period period) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM period_lock
                WHERE association_id = ? AND fiscal_year = ? AND kind = ? AND month_number = ?""")
                .params(associationId, period.year().startYear(), period.kind().name(), month(period))
                .query(Integer.class).single() > 0;
    }

    private static int month(Period period) {
        return period.month() == null ? 0 : period.month();
    }
}
