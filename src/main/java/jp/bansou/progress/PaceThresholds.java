package jp.bansou.progress;

import java.math.BigDecimal;
import jp.bansou.shared.Decimals;

/**
 * An association's thresholds on the pace rate (actual to date ÷ expected to date, or expected ÷
 * actual for 以下 items, as {@link AchievementRate} computes it), in percent: at least
 * {@code onTrack} is on track, at least {@code attention} needs attention, below it is behind.
 * The rate is compared exactly, so 79.99% is behind under an 80% threshold.
 */
public record PaceThresholds(BigDecimal onTrack, BigDecimal attention) {

    private static final BigDecimal MAX = new BigDecimal("1000");

    public PaceThresholds {
        if (onTrack == null || attention == null) {
            throw new IllegalArgumentException("順調と要注意の基準（%）を入力してください");
        }
        if (attention.signum() < 0 || onTrack.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("基準は0%以上1000%以下で入力してください");
        }
        if (attention.compareTo(onTrack) > 0) {
            throw new IllegalArgumentException("要注意の基準は順調の基準以下にしてください");
        }
        if (onTrack.stripTrailingZeros().scale() > 2 || attention.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("基準は小数2桁までで入力してください");
        }
        onTrack = Decimals.plain(onTrack);
        attention = Decimals.plain(attention);
    }

    /** 100% and more on track, 80% and more attention, below that behind. */
    public static PaceThresholds defaults() {
        return new PaceThresholds(BigDecimal.valueOf(100), BigDecimal.valueOf(80));
    }

    public PaceStatus statusOf(AchievementRate rate) {
        if (rate == null) {
            return PaceStatus.UNKNOWN;
        }
        if (rate.reaches(onTrack)) {
            return PaceStatus.ON_TRACK;
        }
        return rate.reaches(attention) ? PaceStatus.ATTENTION : PaceStatus.BEHIND;
    }
}
