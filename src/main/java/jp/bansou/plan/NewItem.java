package jp.bansou.plan;

import java.math.BigDecimal;

/** A KPI item to add to an area; parentItemId for うち rows; a five-year target where the plan sets one. */
public record NewItem(long areaId, Long parentItemId, String name, ItemUnit unit, TargetComparator comparator,
                      BigDecimal fiveYearTarget, FiveYearKind fiveYearKind) {

    public NewItem {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("項目名は必須です");
        }
        if ((fiveYearTarget == null) != (fiveYearKind == null)) {
            throw new IllegalArgumentException("five-year target and kind go together");
        }
    }
}
