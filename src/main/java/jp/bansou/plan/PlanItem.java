package jp.bansou.plan;

import java.math.BigDecimal;
import jp.bansou.shared.FiscalYear;

/**
 * A KPI item as the admin pages edit it; {@code retiredFrom} is the first fiscal year whose table
 * no longer shows it (null while it is in use).
 */
public record PlanItem(long id, long areaId, String areaName, Long parentId, String name, ItemUnit unit,
                       TargetComparator comparator, BigDecimal fiveYearTarget, FiveYearKind fiveYearKind,
                       FiscalYear retiredFrom) {

    public boolean isSubItem() {
        return parentId != null;
    }

    public boolean isRetired() {
        return retiredFrom != null;
    }

    /** True when the item is in the table of {@code year}. */
    public boolean shownIn(FiscalYear year) {
        return retiredFrom == null || year.compareTo(retiredFrom) < 0;
    }
}
