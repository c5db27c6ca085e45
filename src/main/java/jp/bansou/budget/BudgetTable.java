package jp.bansou.budget;

import java.util.List;
import jp.bansou.shared.FiscalYear;

/**
 * A year's budget against spending: the lines (by area, then category), the sums per area and per
 * category and the total, each computed in SQL.
 */
public record BudgetTable(FiscalYear year, List<BudgetRow> lines, List<BudgetSum> areas, List<BudgetSum> categories,
                          LineBalance total) {

    public BudgetTable {
        lines = List.copyOf(lines);
        areas = List.copyOf(areas);
        categories = List.copyOf(categories);
    }

    public List<BudgetRow> linesOf(long areaId) {
        return lines.stream().filter(l -> l.areaId() == areaId).toList();
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }
}
