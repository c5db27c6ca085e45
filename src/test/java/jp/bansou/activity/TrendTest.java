package jp.bansou.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.bansou.shared.FiscalYear;
import org.junit.jupiter.api.Test;

class TrendTest {

    @Test
    void aTrendNotGivenIsUnknown() {
        BusinessTrend trend = new BusinessTrend(FiscalYear.of(2022), null, Trend.UP);
        assertThat(trend.sales()).isEqualTo(Trend.UNKNOWN);
        assertThat(BusinessTrend.unknown(FiscalYear.of(2022)).grossProfit()).isEqualTo(Trend.UNKNOWN);
    }

    @Test
    void countsHaveEveryTrendWithZeroForThoseMissing() {
        TrendCounts counts = new TrendCounts(Map.of(Trend.UP, 3L), null);
        assertThat(counts.sales(Trend.UP)).isEqualTo(3);
        assertThat(counts.sales(Trend.UNKNOWN)).isZero();
        assertThat(counts.grossProfit()).hasSize(4).containsValues(0L);
    }
}
