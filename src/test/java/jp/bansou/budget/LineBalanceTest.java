package jp.bansou.budget;

import static org.assertj.core.api.Assertions.assertThat;

import jp.bansou.shared.Yen;
import org.junit.jupiter.api.Test;

class LineBalanceTest {

    @Test
    void currentBudgetCountsTransfersInAndOut() {
        LineBalance b = LineBalance.of(100_000, 20_000, 5_000, 30_000);
        assertThat(b.current()).isEqualTo(Yen.of(115_000));
        assertThat(b.remaining()).isEqualTo(Yen.of(85_000));
    }

    @Test
    void executionRateIsSpentOverCurrentBudgetHalfUpToATenth() {
        assertThat(LineBalance.of(300_000, 0, 0, 133_334).executionRateText()).isEqualTo("44.4%");
        assertThat(LineBalance.of(3, 0, 0, 2).executionRateText()).isEqualTo("66.7%");
        assertThat(LineBalance.of(0, 0, 0, 10).executionRateText()).isEmpty();
    }

    @Test
    void saysHowFarAnEntryWouldGoOverTheBudget() {
        LineBalance b = LineBalance.of(100_000, 0, 0, 90_000);
        assertThat(b.exceededBy(Yen.of(10_000))).isEmpty();
        assertThat(b.exceededBy(Yen.of(10_001))).contains(Yen.of(1));
        assertThat(LineBalance.of(100, 0, 0, 150).exceededBy(Yen.of(1))).contains(Yen.of(51));
        assertThat(LineBalance.of(100, 0, 0, 150).overspent()).isTrue();
    }
}
