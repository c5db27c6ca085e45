package jp.bansou.progress;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.bansou.progress.internal.DecisionStore;
import jp.bansou.progress.internal.GradedFigures;
import jp.bansou.progress.internal.ScaleStore;
import jp.bansou.shared.FiscalYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of grading: an association's scale, and per item-year the achievement rate, the grade the
 * scale proposes today and the reviewer's decision. A whole year takes two queries, never one per row.
 */
@Service
@Transactional(readOnly = true)
public class GradingQueries {

    private final ScaleStore scales;
    private final DecisionStore decisions;

    GradingQueries(ScaleStore scales, DecisionStore decisions) {
        this.scales = scales;
        this.decisions = decisions;
    }

    /** The association's scale; the default scale for one that never stored its own. */
    public GradingScale scale(long associationId) {
        List<GradeStep> steps = scales.steps(associationId);
        return steps.isEmpty() ? GradingScale.defaultScale() : new GradingScale(steps);
    }

    /** The grading of one item-year of the association; empty when there is no such item-year. */
    public Optional<ItemGrading> itemGrading(long associationId, long itemYearId) {
        GradingScale scale = scale(associationId);
        return decisions.figures(associationId, itemYearId).map(f -> grading(f, scale));
    }

    /**
     * The version a decision on the item-year of the association must quote (optimistic locking);
     * empty when none was decided yet or there is no such item-year.
     */
    public Optional<Integer> decisionVersion(long associationId, long itemYearId) {
        return decisions.figures(associationId, itemYearId).flatMap(f -> decisions.version(itemYearId));
    }

    /** Item-year id → grading, for every item of the association's table of the year. */
    public Map<Long, ItemGrading> yearGradings(long associationId, FiscalYear year) {
        GradingScale scale = scale(associationId);
        Map<Long, ItemGrading> gradings = new HashMap<>();
        decisions.yearFigures(associationId, year.startYear()).forEach(f -> gradings.put(f.itemYearId(), grading(f, scale)));
        return gradings;
    }

    private static ItemGrading grading(GradedFigures f, GradingScale scale) {
        return new ItemGrading(f.itemYearId(), AchievementRate.of(f.comparator(), f.target(), f.actual()).orElse(null),
                scale.proposeFor(f.comparator(), f.target(), f.actual()).map(GradeStep::code).orElse(null),
                f.decision());
    }
}
