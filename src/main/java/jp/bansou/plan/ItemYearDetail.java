package jp.bansou.plan;

import java.math.BigDecimal;
import java.util.Map;
import jp.bansou.shared.FiscalYear;

/** An item in one fiscal year as the item page edits it. */
public record ItemYearDetail(long itemYearId, long itemId, long associationId, String areaName, String name,
                             boolean subItem, ItemUnit unit, TargetComparator comparator, FiscalYear year,
                             BigDecimal target, TargetDerivation derivation, String derivationText,
                             BigDecimal actual, boolean actualCounted, Map<Long, BigDecimal> districtActuals,
                             String grade, String note, RoleAssignment roles, int version) {

    public boolean splitDiffersFromTotal() {
        return DistrictSplit.differsFromTotal(districtActuals, actual);
    }
}
