package jp.bansou.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import jp.bansou.shared.FiscalYear;
import org.junit.jupiter.api.Test;

class TrendTest {

    @Test
    void readsJapaneseWordsArrowsAndCodes() {
        assertThat(Trend.parse("増加")).contains(Trend.UP);
        assertThat(Trend.parse(" ↓ ")).contains(Trend.DOWN);
        assertThat(Trend.parse("横ばい")).contains(Trend.FLAT);
        assertThat(Trend.parse("flat")).contains(Trend.FLAT);
        assertThat(Trend.parse("")).contains(Trend.UNKNOWN);
        assertThat(Trend.parse("不明")).contains(Trend.UNKNOWN);
        assertThat(Trend.parse("まあまあ")).isEqualTo(Optional.empty());
    }

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
