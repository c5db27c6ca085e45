package jp.bansou.plan;

import java.math.BigDecimal;

/**
 * One item of a rollover's preview: this year's target and actual (next year's 前年度実績) and the
 * target it gets next year, with where that comes from.
 */
public record NextYearItem(long itemId, String areaName, String name, boolean subItem, ItemUnit unit,
                           TargetComparator comparator, BigDecimal currentTarget, BigDecimal actual,
                           NextYearTarget next) {

    /** 3,600件以上; empty when there is no target. */
    public String currentTargetText() {
        return currentTarget == null ? "" : new Target(currentTarget, unit, comparator).format();
    }

    public String nextTargetText() {
        return next.value() == null ? "" : new Target(next.value(), unit, comparator).format();
    }

    public String actualText() {
        return actual == null ? "" : Target.formatNumber(actual) + unit.label();
    }
}
