package jp.bansou.plan;

import java.math.BigDecimal;
import jp.bansou.shared.FiscalYear;

/**
 * A cell of the targets grid as submitted: a fixed target, or a derivation (then the target is
 * computed from the group's headcount in that year), and the version the page showed (null when
 * the page showed no item-year).
 */
public record GridCellChange(long itemId, FiscalYear year, BigDecimal target, TargetDerivation derivation,
                             Integer expectedVersion) {

    public GridCellChange {
        if (target != null && target.signum() < 0) {
            throw new PlanChangeRefused("目標は0以上で入力してください");
        }
    }
}
