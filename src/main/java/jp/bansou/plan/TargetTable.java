package jp.bansou.plan;

import java.util.List;
import java.util.Set;
import jp.bansou.organization.District;
import jp.bansou.shared.FiscalYear;

/**
 * The target table (目標管理表) of one fiscal year, areas in order, districts as columns; the うち
 * rows whose actual exceeds their parent's are listed so the page can flag them.
 */
public record TargetTable(FiscalYear year, List<District> districts, List<AreaBlock> areas,
                          Set<Long> subItemsAboveParent) {

    public boolean exceedsParent(TargetRow row) {
        return subItemsAboveParent.contains(row.itemYearId());
    }

    public int itemCount() {
        return areas.stream().mapToInt(a -> a.rows().size()).sum();
    }
}
