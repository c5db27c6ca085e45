package jp.bansou.progress.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import jp.bansou.shared.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The pace_reported_figure table: figures to date of manual items as check-ins reported them.
 * "The latest" is the one with the latest as-of date, of those the last stored.
 */
@Repository
public class ReportedFigureStore {

    /** f is the latest figure of its item-year among those up to :upTo (and in its month when :monthly). */
    private static final String LATEST = """
            SELECT y.item_id, f.as_of, f.figure FROM pace_reported_figure f
            JOIN item_year y ON y.id = f.item_year_id JOIN kpi_item i ON i.id = y.item_id
            WHERE i.association_id = :a AND y.fiscal_year = :fy AND f.as_of <= :upTo
              AND NOT EXISTS (SELECT 1 FROM pace_reported_figure g WHERE g.item_year_id = f.item_year_id
                   AND g.as_of <= :upTo AND (g.as_of > f.as_of OR (g.as_of = f.as_of AND g.id > f.id))
                   AND (:monthly = FALSE OR (EXTRACT(YEAR FROM g.as_of) = EXTRACT(YEAR FROM f.as_of)
                        AND EXTRACT(MONTH FROM g.as_of) = EXTRACT(MONTH FROM f.as_of))))""";

    private final JdbcClient jdbc;

    ReportedFigureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(long itemYearId, LocalDate asOf, BigDecimal figure, LocalDateTime reportedAt) {
        jdbc.sql("INSERT INTO pace_reported_figure (item_year_id, as_of, figure, reported_at) VALUES (?, ?, ?, ?)")
                .params(itemYearId, asOf, figure, Timestamp.valueOf(reportedAt)).update();
    }

    /** Item id → the latest figure reported for the year up to {@code asOf}; items without one are absent. */
    public Map<Long, BigDecimal> toDate(long associationId, FiscalYear year, LocalDate asOf) {
        Map<Long, BigDecimal> figures = new HashMap<>();
        latest(associationId, year, asOf, false).query(rs -> {
            figures.put(rs.getLong("item_id"), rs.getBigDecimal("figure"));
        });
        return figures;
    }

    /** Item id → month → the latest figure reported in that month, up to {@code upTo}. */
    public Map<Long, Map<Month, BigDecimal>> latestByMonth(long associationId, FiscalYear year, LocalDate upTo) {
        Map<Long, Map<Month, BigDecimal>> figures = new HashMap<>();
        latest(associationId, year, upTo, true).query(rs -> {
            figures.computeIfAbsent(rs.getLong("item_id"), k -> new EnumMap<>(Month.class))
                    .put(rs.getObject("as_of", LocalDate.class).getMonth(), rs.getBigDecimal("figure"));
        });
        return figures;
    }

    private JdbcClient.StatementSpec latest(long associationId, FiscalYear year, LocalDate upTo, boolean monthly) {
        return jdbc.sql(LATEST).param("a", associationId).param("fy", year.startYear()).param("upTo", upTo)
                .param("monthly", monthly);
    }
}
