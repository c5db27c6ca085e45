package jp.bansou.plan;

import java.util.Map;
import jp.bansou.shared.FiscalYear;

/** A row of the targets grid: the item and its cells by fiscal year (years it is retired in have none). */
public record GridRow(PlanItem item, Map<FiscalYear, GridCell> cells) {

    public GridCell cell(FiscalYear year) {
        return cells.getOrDefault(year, GridCell.EMPTY);
    }
}
