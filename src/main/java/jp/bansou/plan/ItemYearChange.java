package jp.bansou.plan;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What the item page changes in an item's year. A target that differs from the derived one
 * replaces the derivation (the target is then fixed by hand). The grade is not part of it: the
 * reviewer decides it separately (see {@link PlanService#recordDecidedGrade}).
 */
public record ItemYearChange(BigDecimal target, BigDecimal actual, Map<Long, BigDecimal> districtActuals,
                             String note, RoleAssignment roles) {

    public ItemYearChange {
        districtActuals = districtActuals == null ? Map.of() : Map.copyOf(districtActuals);
        if (target != null && target.signum() < 0) {
            throw new IllegalArgumentException("目標は0以上で入力してください");
        }
        if (actual != null && actual.signum() < 0) {
            throw new IllegalArgumentException("実績は0以上で入力してください");
        }
        if (districtActuals.values().stream().anyMatch(v -> v.signum() < 0)) {
            throw new IllegalArgumentException("地区別実績は0以上で入力してください");
        }
        if (roles == null) {
            throw new IllegalArgumentException("確認者と主担当は必須です");
        }
        note = note == null || note.isBlank() ? null : note.strip();
    }

    /** The same change with the actual and split the records counted, which a form cannot override. */
    public ItemYearChange withActual(BigDecimal countedActual, Map<Long, BigDecimal> countedSplit) {
        return new ItemYearChange(target, countedActual, countedSplit, note, roles);
    }

    /** True when a split is given and does not add up to the actual: saved, but the user is warned. */
    public boolean splitDiffersFromTotal() {
        return DistrictSplit.differsFromTotal(districtActuals, actual);
    }
}
