package jp.bansou.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.bansou.shared.FiscalYear;

/** Every item's target for every fiscal year of the plan, rows in table order; closed years are read-only. */
public record TargetGrid(List<FiscalYear> years, Set<FiscalYear> closedYears, List<GridRow> rows) {

    public boolean closed(FiscalYear year) {
        return closedYears.contains(year);
    }

    public Optional<GridRow> row(long itemId) {
        return rows.stream().filter(r -> r.item().id() == itemId).findFirst();
    }
}
