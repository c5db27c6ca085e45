package jp.bansou.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One line of the target table: the item, its year's target, actual, district split (by district
 * id), grade, role holders by name, and the note.
 *
 * @param derivation        how the target follows from the headcount, or null
 * @param fiveYearProgress  for items with a five-year target: e.g. 5年累計 69 / 40 = 173%
 * @param actualCounted     the actual is counted from activity records by a rule
 * @param version           the optimistic-locking version a change must quote
 * @param previousActual    the item's actual of the year before (前年度実績), or null
 */
public record TargetRow(long itemId, long itemYearId, boolean subItem, String name, Target target,
                        String derivation, BigDecimal actual, Map<Long, BigDecimal> districtActuals, String grade,
                        String note, String reviewer, String lead, List<String> deputies, String fiveYearProgress,
                        boolean actualCounted, int version, BigDecimal previousActual) {

    public TargetRow(long itemId, long itemYearId, boolean subItem, String name, Target target, String derivation,
                     BigDecimal actual, Map<Long, BigDecimal> districtActuals, String grade, String note,
                     String reviewer, String lead, List<String> deputies, String fiveYearProgress,
                     boolean actualCounted, int version) {
        this(itemId, itemYearId, subItem, name, target, derivation, actual, districtActuals, grade, note, reviewer,
                lead, deputies, fiveYearProgress, actualCounted, version, null);
    }

    /** True when a split is given and its sum differs from the actual total. */
    public boolean splitDiffersFromTotal() {
        return DistrictSplit.differsFromTotal(districtActuals, actual);
    }

    /** 3,035; empty when there is no actual yet. */
    public String actualText() {
        return actual == null ? "" : Target.formatNumber(actual);
    }

    /** 2,950; empty when the year before has no actual (or no row). */
    public String previousActualText() {
        return previousActual == null ? "" : Target.formatNumber(previousActual);
    }

    public String districtText(long districtId) {
        BigDecimal value = districtActuals.get(districtId);
        return value == null ? "" : Target.formatNumber(value);
    }

    public boolean hasSplit() {
        return !districtActuals.isEmpty();
    }
}
