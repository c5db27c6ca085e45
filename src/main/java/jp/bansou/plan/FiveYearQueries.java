package jp.bansou.plan;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.bansou.shared.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the five-year plan: its years, and each five-year target with the progress towards it. */
@Service
@Transactional(readOnly = true)
public class FiveYearQueries {

    private final JdbcClient jdbc;

    FiveYearQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The association's newest five-year plan. */
    public Optional<FiveYearPlan> plan(long associationId) {
        return jdbc.sql("""
                SELECT id, name, first_fiscal_year, last_fiscal_year FROM five_year_plan
                WHERE association_id = ? ORDER BY first_fiscal_year DESC""")
                .param(associationId)
                .query((rs, n) -> new FiveYearPlan(rs.getLong("id"), rs.getString("name"),
                        FiscalYear.of(rs.getInt("first_fiscal_year")), FiscalYear.of(rs.getInt("last_fiscal_year"))))
                .list().stream().findFirst();
    }

    /**
     * Five-year targets with the sum of the annual actuals of the plan's years up to {@code upTo}
     * (latest actual for 毎年 targets).
     */
    public List<FiveYearProgress> progress(long associationId, FiscalYear upTo) {
        Optional<FiveYearPlan> plan = plan(associationId);
        if (plan.isEmpty()) {
            return List.of();
        }
        int first = plan.get().first().startYear();
        Map<Long, Map<FiscalYear, BigDecimal>> annual = new HashMap<>();
        jdbc.sql("""
                SELECT y.item_id, y.fiscal_year, y.actual_value FROM item_year y JOIN kpi_item i ON i.id = y.item_id
                WHERE i.association_id = :a AND i.five_year_target IS NOT NULL
                  AND y.fiscal_year BETWEEN :first AND :upto AND y.actual_value IS NOT NULL""")
                .param("a", associationId).param("first", first).param("upto", upTo.startYear())
                .query(rs -> {
                    annual.computeIfAbsent(rs.getLong("item_id"), k -> new LinkedHashMap<>())
                            .put(FiscalYear.of(rs.getInt("fiscal_year")), rs.getBigDecimal("actual_value"));
                });
        return jdbc.sql("""
                SELECT i.id, i.name, i.unit, i.five_year_target, i.five_year_kind,
                       (SELECT SUM(y.actual_value) FROM item_year y
                         WHERE y.item_id = i.id AND y.fiscal_year BETWEEN :first AND :upto) AS cumulative,
                       (SELECT y.actual_value FROM item_year y
                         WHERE y.item_id = i.id AND y.fiscal_year = (SELECT MAX(y2.fiscal_year) FROM item_year y2
                               WHERE y2.item_id = i.id AND y2.actual_value IS NOT NULL
                                 AND y2.fiscal_year BETWEEN :first AND :upto)) AS latest
                FROM kpi_item i JOIN business_area a ON a.id = i.area_id
                WHERE i.association_id = :a AND i.five_year_target IS NOT NULL
                ORDER BY a.display_order, i.display_order, i.id""")
                .param("a", associationId).param("first", first).param("upto", upTo.startYear())
                .query((rs, n) -> {
                    FiveYearKind kind = FiveYearKind.valueOf(rs.getString("five_year_kind"));
                    return new FiveYearProgress(rs.getLong("id"), rs.getString("name"),
                            ItemUnit.ofLabel(rs.getString("unit")), rs.getBigDecimal("five_year_target"), kind,
                            annual.getOrDefault(rs.getLong("id"), Map.of()),
                            rs.getBigDecimal(kind == FiveYearKind.CUMULATIVE ? "cumulative" : "latest"));
                })
                .list();
    }
}
