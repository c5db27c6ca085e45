package jp.bansou.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import jp.bansou.plan.TargetComparator;

/**
 * How far an actual reaches its target, kept as the exact fraction {@code numerator ÷ denominator}:
 * actual ÷ target, or target ÷ actual for 以下 (at most) items, where less is better.
 *
 * <p>Grades compare the exact fraction with their bounds, so 9,999 of 10,000 (99.99%) stays below
 * 100%; {@link #percent()} rounds HALF_UP to 0.1% for display (123 / 108 = 113.9%), which prints
 * 99.99% as 100.0% although it is graded below 100%.
 *
 * <p>Where the fraction has no value: a target of 0 on an 以上 or exact item is reached by any actual
 * (100%); an actual of 0 on an 以下 item is the best possible (100%); a target of 0 on an 以下 item is
 * 0% for any actual above 0. Without a target or without an actual there is no rate.
 */
public record AchievementRate(BigDecimal numerator, BigDecimal denominator) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final AchievementRate FULL = new AchievementRate(BigDecimal.ONE, BigDecimal.ONE);

    public AchievementRate {
        if (numerator == null || denominator == null || numerator.signum() < 0 || denominator.signum() <= 0) {
            throw new IllegalArgumentException("達成率は0以上の数と正の数の比です");
        }
    }

    /** The rate of {@code actual} against {@code target} under the item's comparator; empty when either is missing. */
    public static Optional<AchievementRate> of(TargetComparator comparator, BigDecimal target, BigDecimal actual) {
        if (target == null || actual == null) {
            return Optional.empty();
        }
        if (comparator == TargetComparator.AT_MOST) {
            return Optional.of(actual.signum() == 0 ? FULL : new AchievementRate(target, actual));
        }
        return Optional.of(target.signum() == 0 ? FULL : new AchievementRate(actual, target));
    }

    /** True when the exact rate is at least {@code percent} (80 for 80%). */
    public boolean reaches(BigDecimal percent) {
        return numerator.multiply(HUNDRED).compareTo(percent.multiply(denominator)) >= 0;
    }

    /** The rate in percent, rounded HALF_UP to 0.1: 113.9. */
    public BigDecimal percent() {
        return numerator.multiply(HUNDRED).divide(denominator, 1, RoundingMode.HALF_UP);
    }

    /** 113.9%. */
    public String text() {
        return percent().toPlainString() + "%";
    }
}
