package jp.bansou.progress.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.bansou.progress.MonthlyPlan;
import jp.bansou.progress.PaceStatus;
import jp.bansou.progress.PaceThresholds;
import jp.bansou.progress.StatusOverride;
import jp.bansou.shared.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What people set about pace: the thresholds, monthly plans and statuses set by hand. */
@Repository
public class PaceSettingsStore {

    private static final String OF_YEAR = " JOIN item_year y ON y.id = t.item_year_id JOIN kpi_item i ON i.id = y.item_id"
            + " WHERE i.association_id = :a AND y.fiscal_year = :fy";

    private final JdbcClient jdbc;

    PaceSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PaceThresholds> thresholds(long associationId) {
        return jdbc.sql("SELECT on_track, attention FROM pace_threshold WHERE association_id = ?").param(associationId)
                .query((rs, n) -> new PaceThresholds(rs.getBigDecimal("on_track"), rs.getBigDecimal("attention")))
                .optional();
    }

    public void replaceThresholds(long associationId, PaceThresholds thresholds) {
        jdbc.sql("DELETE FROM pace_threshold WHERE association_id = ?").param(associationId).update();
        jdbc.sql("INSERT INTO pace_threshold (association_id, on_track, attention) VALUES (?, ?, ?)")
                .params(associationId, thresholds.onTrack(), thresholds.attention()).update();
    }

    /** Item-year id → monthly plan, for the association's items of the year. */
    public Map<Long, MonthlyPlan> plans(long associationId, FiscalYear year) {
        Map<Long, List<BigDecimal>> amounts = new HashMap<>();
        jdbc.sql("SELECT t.item_year_id, t.amount FROM pace_monthly_plan t" + OF_YEAR
                        + " ORDER BY t.item_year_id, t.month_index")
                .param("a", associationId).param("fy", year.startYear())
                .query(rs -> {
                    amounts.computeIfAbsent(rs.getLong("item_year_id"), k -> new ArrayList<>())
                            .add(rs.getBigDecimal("amount"));
                });
        Map<Long, MonthlyPlan> plans = new HashMap<>();
        amounts.forEach((id, months) -> plans.put(id, new MonthlyPlan(id, months)));
        return plans;
    }

    public void replacePlan(MonthlyPlan plan) {
        deletePlan(plan.itemYearId());
        for (int i = 0; i < 12; i++) {
            jdbc.sql("INSERT INTO pace_monthly_plan (item_year_id, month_index, amount) VALUES (?, ?, ?)")
                    .params(plan.itemYearId(), i + 1, plan.amounts().get(i)).update();
        }
    }

    public void deletePlan(long itemYearId) {
        jdbc.sql("DELETE FROM pace_monthly_plan WHERE item_year_id = ?").param(itemYearId).update();
    }

    /** Item-year id → status set by hand, for the association's items of the year. */
    public Map<Long, StatusOverride> overrides(long associationId, FiscalYear year) {
        Map<Long, StatusOverride> overrides = new HashMap<>();
        jdbc.sql("SELECT t.item_year_id, t.status, t.comment, t.set_by, t.set_at FROM pace_status_override t" + OF_YEAR)
                .param("a", associationId).param("fy", year.startYear())
                .query(rs -> {
                    long id = rs.getLong("item_year_id");
                    overrides.put(id, new StatusOverride(id, PaceStatus.valueOf(rs.getString("status")),
                            rs.getString("comment"), rs.getString("set_by"), rs.getTimestamp("set_at").toLocalDateTime()));
                });
        return overrides;
    }

    public void replaceOverride(StatusOverride override) {
        clearOverride(override.itemYearId());
        jdbc.sql("""
                INSERT INTO pace_status_override (item_year_id, status, comment, set_by, set_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(override.itemYearId(), override.status().name(), override.comment(), override.setBy(),
                        Timestamp.valueOf(override.setAt()))
                .update();
    }

    public void clearOverride(long itemYearId) {
        jdbc.sql("DELETE FROM pace_status_override WHERE item_year_id = ?").param(itemYearId).update();
    }
}
