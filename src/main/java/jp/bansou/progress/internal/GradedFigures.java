package jp.bansou.progress.internal;

import java.math.BigDecimal;
import jp.bansou.plan.TargetComparator;
import jp.bansou.progress.GradeDecision;

/** What grading an item-year needs: how it compares, its target and actual, and its decision if any. */
public record GradedFigures(long itemYearId, TargetComparator comparator, BigDecimal target, BigDecimal actual,
                            GradeDecision decision) {
}
