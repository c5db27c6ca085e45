package jp.bansou.progress.internal;

import java.util.List;
import jp.bansou.progress.GradeStep;
import jp.bansou.progress.GradingScale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The grade_step table: an association's grading scale, step by step in order. */
@Repository
public class ScaleStore {

    private final JdbcClient jdbc;

    ScaleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored steps in order; empty for an association whose scale was never stored. */
    public List<GradeStep> steps(long associationId) {
        return jdbc.sql("""
                SELECT code, label, lower_bound, colour, not_carried_out FROM grade_step
                WHERE association_id = ? ORDER BY position""")
                .param(associationId)
                .query((rs, n) -> new GradeStep(rs.getString("code"), rs.getString("label"),
                        rs.getBigDecimal("lower_bound"), rs.getString("colour"), rs.getBoolean("not_carried_out")))
                .list();
    }

    public void replace(long associationId, GradingScale scale) {
        jdbc.sql("DELETE FROM grade_step WHERE association_id = ?").param(associationId).update();
        List<GradeStep> steps = scale.steps();
        for (int i = 0; i < steps.size(); i++) {
            GradeStep step = steps.get(i);
            jdbc.sql("""
                    INSERT INTO grade_step (association_id, code, label, lower_bound, colour, position, not_carried_out)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(associationId, step.code(), step.label(), step.lowerBound(), step.colour(), i + 1,
                            step.notCarriedOut())
                    .update();
        }
    }
}
