package jp.bansou.plan;

import java.math.BigDecimal;
import java.util.Map;
import jp.bansou.shared.FiscalYear;

/**
 * An item's year as it is first set up (from the sheet, or carried over): a fixed target or a
 * derivation from which the target is computed, the actual with its district split, grade, note, roles
 * (null where the sheet names no reviewer and lead yet: the item then waits for them on its page).
 */
public record ItemYearSetup(long itemId, FiscalYear year, BigDecimal target, TargetDerivation derivation,
                            BigDecimal actual, Map<Long, BigDecimal> districtActuals, Grade grade, String note,
                            RoleAssignment roles) {

    public ItemYearSetup {
        districtActuals = districtActuals == null ? Map.of() : Map.copyOf(districtActuals);
        if (target != null && derivation != null) {
            throw new IllegalArgumentException("a derived target is computed, not given");
        }
    }
}
