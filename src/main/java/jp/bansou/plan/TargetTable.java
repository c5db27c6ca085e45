package jp.bansou.plan;

import java.util.List;
import jp.bansou.organization.District;
import jp.bansou.shared.FiscalYear;

/** The target table (目標管理表) of one fiscal year, areas in order, districts as columns. */
public record TargetTable(FiscalYear year, List<District> districts, List<AreaBlock> areas) {

    public int itemCount() {
        return areas.stream().mapToInt(a -> a.rows().size()).sum();
    }
}
