package jp.bansou.progress;

import java.math.BigDecimal;
import java.util.List;
import jp.bansou.plan.Target;
import jp.bansou.shared.Decimals;

/**
 * The lead's own spread of an item-year's target over April to March: twelve amounts of at most one
 * decimal that add up to the target exactly.
 */
public record MonthlyPlan(long itemYearId, List<BigDecimal> amounts) {

    public MonthlyPlan {
        if (amounts == null || amounts.size() != 12 || amounts.stream().anyMatch(a -> a == null)) {
            throw new IllegalArgumentException("4月から3月までの12か月すべてを入力してください");
        }
        if (amounts.stream().anyMatch(a -> a.signum() < 0 || a.stripTrailingZeros().scale() > 1)) {
            throw new IllegalArgumentException("月別計画は0以上、小数1桁までで入力してください");
        }
        amounts = amounts.stream().map(Decimals::plain).toList();
    }

    /** The plan, refused unless the months add up to {@code target} (and there is a target). */
    public static MonthlyPlan forTarget(long itemYearId, List<BigDecimal> amounts, BigDecimal target) {
        MonthlyPlan plan = new MonthlyPlan(itemYearId, amounts);
        if (target == null) {
            throw new IllegalArgumentException("目標が未設定のため月別計画は入力できません");
        }
        if (plan.total().compareTo(target) != 0) {
            throw new IllegalArgumentException("月別計画の合計（" + Target.formatNumber(plan.total())
                    + "）が目標（" + Target.formatNumber(target) + "）と一致しません");
        }
        return plan;
    }

    public BigDecimal total() {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public MonthlyProfile profile() {
        return new MonthlyProfile(amounts);
    }
}
