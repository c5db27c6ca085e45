package jp.bansou.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import jp.bansou.plan.TargetComparator;
import org.junit.jupiter.api.Test;

class PaceThresholdsTest {

    private final PaceThresholds defaults = PaceThresholds.defaults();

    @Test
    void putsAHundredPercentOnTrackAndJustBelowAtAttention() {
        assertThat(defaults.statusOf(rate("100", "100"))).isEqualTo(PaceStatus.ON_TRACK);
        assertThat(defaults.statusOf(rate("9999", "10000"))).isEqualTo(PaceStatus.ATTENTION);
    }

    @Test
    void putsEightyPercentAtAttentionAndJustBelowBehind() {
        assertThat(defaults.statusOf(rate("80", "100"))).isEqualTo(PaceStatus.ATTENTION);
        assertThat(defaults.statusOf(rate("7999", "10000"))).isEqualTo(PaceStatus.BEHIND);
    }

    @Test
    void invertsForAtMostItems() {
        // 以下: expected 5 by now, 4 so far is better than pace, 8 is far worse
        assertThat(defaults.statusOf(AchievementRate.of(TargetComparator.AT_MOST, BigDecimal.valueOf(5),
                BigDecimal.valueOf(4)).orElseThrow())).isEqualTo(PaceStatus.ON_TRACK);
        assertThat(defaults.statusOf(AchievementRate.of(TargetComparator.AT_MOST, BigDecimal.valueOf(5),
                BigDecimal.valueOf(8)).orElseThrow())).isEqualTo(PaceStatus.BEHIND);
    }

    @Test
    void followsTheAssociationsOwnThresholds() {
        PaceThresholds lenient = new PaceThresholds(new BigDecimal("90"), new BigDecimal("50"));
        assertThat(lenient.statusOf(rate("90", "100"))).isEqualTo(PaceStatus.ON_TRACK);
        assertThat(lenient.statusOf(rate("50", "100"))).isEqualTo(PaceStatus.ATTENTION);
        assertThat(lenient.statusOf(rate("49", "100"))).isEqualTo(PaceStatus.BEHIND);
    }

    @Test
    void knowsNothingWithoutARate() {
        assertThat(defaults.statusOf(null)).isEqualTo(PaceStatus.UNKNOWN);
    }

    @Test
    void refusesThresholdsThatDoNotHoldTogether() {
        assertThatThrownBy(() -> new PaceThresholds(new BigDecimal("80"), new BigDecimal("90")))
                .hasMessage("要注意の基準は順調の基準以下にしてください");
        assertThatThrownBy(() -> new PaceThresholds(null, BigDecimal.ONE))
                .hasMessage("順調と要注意の基準（%）を入力してください");
        assertThatThrownBy(() -> new PaceThresholds(new BigDecimal("100"), new BigDecimal("-1")))
                .hasMessage("基準は0%以上1000%以下で入力してください");
        assertThatThrownBy(() -> new PaceThresholds(new BigDecimal("100.001"), new BigDecimal("80")))
                .hasMessage("基準は小数2桁までで入力してください");
    }

    private static AchievementRate rate(String actual, String expected) {
        return AchievementRate.of(TargetComparator.AT_LEAST, new BigDecimal(expected), new BigDecimal(actual))
                .orElseThrow();
    }
}
