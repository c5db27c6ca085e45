package jp.bansou.demo;

import java.util.List;
import java.util.Map;
import jp.bansou.progress.GradeStep;
import jp.bansou.progress.GradingScale;
import jp.bansou.progress.GradingService;

/**
 * The seed association's grading: its A/B/C scale, and the sheet's FY2021 grades carried over as
 * decisions against what that scale proposes, with the reason where the two differ.
 */
final class SeedGrades {

    static final String MIGRATION_REASON = "令和3年度目標管理表の評価を移行";
    static final String MIGRATED_BY = "移行";

    private SeedGrades() {
    }

    /** A 100%以上, B 80%以上, C 80%未満; no step for items not carried out. */
    static GradingScale scale() {
        return new GradingScale(List.of(
                GradeStep.graded("A", "100%以上", "100", "#2e7d32"),
                GradeStep.graded("B", "80%以上", "80", "#1565c0"),
                GradeStep.graded("C", "80%未満", "0", "#ef6c00")));
    }

    /** Item-year id → the grade the sheet gives it. */
    static void carryOver(GradingService grading, long associationId, Map<Long, String> sheetGrades) {
        sheetGrades.forEach((itemYearId, grade) ->
                grading.recordDecision(associationId, itemYearId, grade, MIGRATION_REASON, MIGRATED_BY));
    }
}
