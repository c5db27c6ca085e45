package jp.bansou.progress;

import static jp.bansou.plan.TargetComparator.AT_LEAST;
import static jp.bansou.plan.TargetComparator.AT_MOST;
import static jp.bansou.plan.TargetComparator.EXACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AchievementRateTest {

    @Test
    void dividesTheActualByTheTargetAndShowsATenthOfAPercent() {
        assertThat(rate(AT_LEAST, "108", "123").text()).isEqualTo("113.9%");
        assertThat(rate(EXACT, "50", "40").text()).isEqualTo("80.0%");
        assertThat(rate(AT_LEAST, "34.5", "35").text()).isEqualTo("101.4%");
    }

    @Test
    void roundsHalfUpForDisplay() {
        assertThat(rate(AT_LEAST, "16", "1").percent()).isEqualByComparingTo("6.3");
        assertThat(rate(AT_LEAST, "2000", "1999").percent()).isEqualByComparingTo("100.0");
    }

    @Test
    void comparesTheExactRateNotTheRoundedOne() {
        AchievementRate almost = rate(AT_LEAST, "10000", "9999");
        assertThat(almost.text()).isEqualTo("100.0%");
        assertThat(almost.reaches(new BigDecimal("100"))).isFalse();
        assertThat(almost.reaches(new BigDecimal("99.99"))).isTrue();
        assertThat(rate(AT_LEAST, "3", "1").reaches(new BigDecimal("33.33"))).isTrue();
        assertThat(rate(AT_LEAST, "3", "1").reaches(new BigDecimal("33.34"))).isFalse();
    }

    @Test
    void dividesTheTargetByTheActualForAtMostItems() {
        assertThat(rate(AT_MOST, "5", "4").text()).isEqualTo("125.0%");
        assertThat(rate(AT_MOST, "5", "5").reaches(new BigDecimal("100"))).isTrue();
        assertThat(rate(AT_MOST, "4", "5").text()).isEqualTo("80.0%");
    }

    @Test
    void countsATargetOfZeroAsReachedByAnyActual() {
        assertThat(rate(AT_LEAST, "0", "7").text()).isEqualTo("100.0%");
        assertThat(rate(EXACT, "0", "0").text()).isEqualTo("100.0%");
    }

    @Test
    void countsAnActualOfZeroAsTheBestOnAnAtMostItem() {
        assertThat(rate(AT_MOST, "3", "0").text()).isEqualTo("100.0%");
        assertThat(rate(AT_MOST, "0", "0").text()).isEqualTo("100.0%");
    }

    @Test
    void givesZeroPercentForAnyActualAboveAnAtMostTargetOfZero() {
        assertThat(rate(AT_MOST, "0", "2").text()).isEqualTo("0.0%");
    }

    @Test
    void givesAZeroRateForAnActualOfZeroAgainstATarget() {
        assertThat(rate(AT_LEAST, "50", "0").text()).isEqualTo("0.0%");
    }

    @Test
    void hasNoRateWithoutTargetOrActual() {
        assertThat(AchievementRate.of(AT_LEAST, null, BigDecimal.TEN)).isEmpty();
        assertThat(AchievementRate.of(AT_LEAST, BigDecimal.TEN, null)).isEmpty();
        assertThat(AchievementRate.of(AT_MOST, BigDecimal.TEN, null)).isEmpty();
    }

    @Test
    void refusesANegativeOrZeroDenominator() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AchievementRate(BigDecimal.ONE, BigDecimal.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> new AchievementRate(BigDecimal.ONE.negate(), BigDecimal.ONE));
    }

    static AchievementRate rate(jp.bansou.plan.TargetComparator comparator, String target, String actual) {
        return AchievementRate.of(comparator, new BigDecimal(target), new BigDecimal(actual)).orElseThrow();
    }
}
