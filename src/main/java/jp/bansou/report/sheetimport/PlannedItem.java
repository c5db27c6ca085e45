package jp.bansou.report.sheetimport;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import jp.bansou.plan.ItemUnit;
import jp.bansou.plan.RoleAssignment;
import jp.bansou.plan.TargetComparator;

/**
 * What the import will do with one row: create the item (and its area where {@code areaId} is
 * null), add the year to an existing item, or update the item's year; with the row's figures matched
 * to the association's districts and staff. Names are kept for the preview.
 *
 * @param parentIndex    for a new うち item, the index of its parent's row in the plan, else null
 * @param roles          null where the row names no reviewer or lead (ignored or blank)
 * @param derivationGroup the group of a target derived from its headcount, or null
 */
public record PlannedItem(SheetItem source, Action action, Long areaId, Long itemId, Integer parentIndex,
                          Long itemYearId, int version, ItemUnit unit, TargetComparator comparator,
                          Map<Long, BigDecimal> split, RoleAssignment roles, Long derivationGroup,
                          String reviewerName, String leadName, List<String> deputyNames) {

    /** What happens to the row. */
    public enum Action { CREATE_ITEM, ADD_YEAR, UPDATE }

    public int line() {
        return source.line();
    }

    public String areaName() {
        return source.area().name();
    }

    public String name() {
        return source.name();
    }

    public boolean subItem() {
        return source.subItem();
    }

    public boolean newArea() {
        return areaId == null;
    }

    public BigDecimal target() {
        return source.target() == null ? null : source.target().value();
    }

    /** 3,600件以上, in the item's unit. */
    public String targetText() {
        return target() == null ? "" : new jp.bansou.plan.Target(target(), unit, comparator).format();
    }

    public String grade() {
        return source.grade();
    }

    public BigDecimal actual() {
        return source.actual();
    }

    public String actualText() {
        return actual() == null ? "" : jp.bansou.plan.Target.formatNumber(actual());
    }

    public String splitText(long districtId) {
        BigDecimal value = split.get(districtId);
        return value == null ? "" : jp.bansou.plan.Target.formatNumber(value);
    }

    public String note() {
        return source.remarks().note();
    }
}
