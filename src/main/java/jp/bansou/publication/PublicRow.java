package jp.bansou.publication;

import java.math.BigDecimal;
import java.util.Optional;
import jp.bansou.plan.Target;
import jp.bansou.plan.TargetComparator;
import jp.bansou.progress.AchievementRate;
import jp.bansou.progress.SnapshotRow;

/**
 * One item of the public table: business area, item, unit, target (with 以上/以下), actual,
 * achievement rate (HALF_UP to 0.1%, as {@link AchievementRate}) and grade, from the published
 * snapshot. Holds nothing else: no reviewer, lead, deputy or note.
 */
public record PublicRow(String areaName, String itemName, boolean subItem, String unit, String target,
                        String actual, String rate, String grade) {

    /** The public line of a snapshot row; {@code comparator} null where the item's comparator is unknown (以上). */
    public static PublicRow of(SnapshotRow row, TargetComparator comparator) {
        TargetComparator rule = comparator == null ? TargetComparator.AT_LEAST : comparator;
        String rate = AchievementRate.of(rule, row.target(), row.actual()).map(AchievementRate::text).orElse("");
        return new PublicRow(row.areaName(), row.itemName(), row.subItem(), row.unit() == null ? "" : row.unit(),
                number(row.target()) + (row.target() == null ? "" : rule.suffix()), number(row.actual()), rate,
                row.grade() == null ? "" : row.grade());
    }

    private static String number(BigDecimal value) {
        return Optional.ofNullable(value).map(Target::formatNumber).orElse("");
    }
}
