package jp.bansou.progress;

import java.math.BigDecimal;
import jp.bansou.plan.Target;

/**
 * One item of the target table as the year-end snapshot froze it: target, actual, half years and
 * grade (the district split is kept too, and shows among the differences).
 */
public record SnapshotRow(long itemYearId, String areaName, String itemName, boolean subItem, String unit,
                          BigDecimal target, BigDecimal actual, BigDecimal firstHalf, BigDecimal secondHalf,
                          String grade) {

    public String targetText() {
        return text(target);
    }

    public String actualText() {
        return text(actual);
    }

    public String firstHalfText() {
        return text(firstHalf);
    }

    public String secondHalfText() {
        return text(secondHalf);
    }

    /** 1,234 or 12.5; empty where the table was empty. */
    static String text(BigDecimal value) {
        return value == null ? "" : Target.formatNumber(value);
    }
}
