package jp.bansou.plan;

import java.math.BigDecimal;

/**
 * One cell of the targets grid: the item-year's target (null cell id: no item-year yet), the
 * derivation it follows where any (with its text, 各指導員9名×400件 = 3,600件) and the version a save quotes.
 */
public record GridCell(Long itemYearId, BigDecimal target, TargetDerivation derivation, String derivationText,
                       int version) {

    static final GridCell EMPTY = new GridCell(null, null, null, null, 0);

    public String targetText() {
        return target == null ? "" : target.stripTrailingZeros().toPlainString();
    }

    /** True when saving {@code target} and {@code derivation} would change what is stored. */
    boolean differsFrom(BigDecimal newTarget, TargetDerivation newDerivation) {
        boolean sameTarget = target == null ? newTarget == null : newTarget != null && target.compareTo(newTarget) == 0;
        return !sameTarget || !sameDerivation(newDerivation);
    }

    private boolean sameDerivation(TargetDerivation other) {
        if (derivation == null || other == null) {
            return derivation == other;
        }
        return derivation.groupId() == other.groupId() && derivation.perHead().compareTo(other.perHead()) == 0
                && derivation.addend().compareTo(other.addend()) == 0;
    }
}
