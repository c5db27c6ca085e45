package jp.bansou.activity;

import java.util.EnumMap;
import java.util.Map;
import jp.bansou.activity.internal.RecordSelection;
import jp.bansou.shared.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports' reads of a year's records: records, distinct businesses and distinct staff of a
 * selection ({@link Reach}), and the sales and gross-profit trends of the businesses it concerns
 * ({@link TrendCounts}); each one set-based query. The spec's kinds, categories and members-only
 * flag select the records; its measure plays no part.
 */
@Service
@Transactional(readOnly = true)
public class ReachQueries {

    private static final String FROM = " FROM activity_record r LEFT JOIN business b ON b.id = r.business_id WHERE ";
    /** Unused by the selection's WHERE; the district split plays no part here. */
    private static final long NO_HEAD_OFFICE = -1;

    private final JdbcClient jdbc;

    ReachQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Reach reach(long associationId, CountSpec spec, FiscalYear year) {
        RecordSelection s = RecordSelection.of(associationId, NO_HEAD_OFFICE, spec, year);
        return jdbc.sql("SELECT (SELECT COUNT(*)" + FROM + s.where() + ") AS records,"
                        + " (SELECT COUNT(DISTINCT r.business_id)" + FROM + s.where() + ") AS businesses,"
                        + " (SELECT COUNT(DISTINCT st.staff_member_id) FROM activity_record r"
                        + " LEFT JOIN business b ON b.id = r.business_id JOIN activity_staff st ON st.record_id = r.id"
                        + " WHERE " + s.where() + ") AS staff")
                .params(s.params())
                .query((rs, n) -> new Reach(rs.getLong("records"), rs.getLong("businesses"), rs.getLong("staff")))
                .single();
    }

    /** Among the distinct businesses of the selection, how many have each trend in the year (no row: unknown). */
    public TrendCounts trends(long associationId, CountSpec spec, FiscalYear year) {
        RecordSelection s = RecordSelection.of(associationId, NO_HEAD_OFFICE, spec, year);
        String businesses = "(SELECT DISTINCT r.business_id" + FROM + s.where() + " AND r.business_id IS NOT NULL) f"
                + " LEFT JOIN business_year_trend t ON t.business_id = f.business_id AND t.fiscal_year = :fy";
        Map<Trend, Long> sales = new EnumMap<>(Trend.class);
        Map<Trend, Long> grossProfit = new EnumMap<>(Trend.class);
        jdbc.sql("SELECT CAST('S' AS VARCHAR(1)) AS figure, COALESCE(t.sales_trend, 'UNKNOWN') AS trend, COUNT(*) AS n"
                        + " FROM " + businesses + " GROUP BY COALESCE(t.sales_trend, 'UNKNOWN')"
                        + " UNION ALL SELECT CAST('G' AS VARCHAR(1)), COALESCE(t.gross_profit_trend, 'UNKNOWN'), COUNT(*)"
                        + " FROM " + businesses + " GROUP BY COALESCE(t.gross_profit_trend, 'UNKNOWN')")
                .params(s.params()).param("fy", year.startYear())
                .query(rs -> {
                    Map<Trend, Long> counts = "S".equals(rs.getString("figure")) ? sales : grossProfit;
                    counts.put(Trend.valueOf(rs.getString("trend").strip()), rs.getLong("n"));
                });
        return new TrendCounts(sales, grossProfit);
    }
}
