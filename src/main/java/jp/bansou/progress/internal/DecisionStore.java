package jp.bansou.progress.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import jp.bansou.plan.TargetComparator;
import jp.bansou.progress.GradeDecision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The grade_decision table, and the item-year figures grades are proposed from, read beside it. */
@Repository
public class DecisionStore {

    private static final String FIGURES = """
            SELECT y.id AS item_year_id, i.comparator, y.target_value, y.actual_value,
                   d.proposed_code, d.decided_code, d.reason, d.decided_by, d.decided_at
            FROM item_year y JOIN kpi_item i ON i.id = y.item_id
            LEFT JOIN grade_decision d ON d.item_year_id = y.id
            WHERE i.association_id = :a""";

    private final JdbcClient jdbc;

    DecisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the decision if the item-year's decision is still at {@code expectedVersion} (null: there
     * must be none yet), replacing the earlier one; false, changing nothing, if someone decided meanwhile.
     */
    public boolean save(GradeDecision decision, Integer expectedVersion) {
        if (expectedVersion == null) {
            return jdbc.sql("""
                    INSERT INTO grade_decision (item_year_id, proposed_code, decided_code, reason, decided_by, decided_at)
                    SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM grade_decision WHERE item_year_id = ?)""")
                    .params(decision.itemYearId(), decision.proposedCode(), decision.decidedCode(), decision.reason(),
                            decision.decidedBy(), Timestamp.valueOf(decision.decidedAt()), decision.itemYearId())
                    .update() == 1;
        }
        return jdbc.sql("""
                UPDATE grade_decision SET proposed_code = ?, decided_code = ?, reason = ?, decided_by = ?,
                       decided_at = ?, version = version + 1
                WHERE item_year_id = ? AND version = ?""")
                .params(decision.proposedCode(), decision.decidedCode(), decision.reason(), decision.decidedBy(),
                        Timestamp.valueOf(decision.decidedAt()), decision.itemYearId(), expectedVersion)
                .update() == 1;
    }

    /** The version a decision on the item-year must quote; empty where none was decided yet. */
    public Optional<Integer> version(long itemYearId) {
        return jdbc.sql("SELECT version FROM grade_decision WHERE item_year_id = ?").param(itemYearId)
                .query(Integer.class).optional();
    }

    /** Every item-year of the association in the fiscal year, in one query. */
    public List<GradedFigures> yearFigures(long associationId, int fiscalYear) {
        return jdbc.sql(FIGURES + " AND y.fiscal_year = :fy").param("a", associationId).param("fy", fiscalYear)
                .query((rs, n) -> figures(rs)).list();
    }

    public Optional<GradedFigures> figures(long associationId, long itemYearId) {
        return jdbc.sql(FIGURES + " AND y.id = :id").param("a", associationId).param("id", itemYearId)
                .query((rs, n) -> figures(rs)).optional();
    }

    private static GradedFigures figures(ResultSet rs) throws SQLException {
        long itemYearId = rs.getLong("item_year_id");
        String decided = rs.getString("decided_code");
        GradeDecision decision = decided == null ? null : new GradeDecision(itemYearId, rs.getString("proposed_code"),
                decided, rs.getString("reason"), rs.getString("decided_by"),
                rs.getTimestamp("decided_at").toLocalDateTime());
        return new GradedFigures(itemYearId, TargetComparator.valueOf(rs.getString("comparator")),
                rs.getBigDecimal("target_value"), rs.getBigDecimal("actual_value"), decision);
    }
}
