package jp.bansou.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DistrictSplitTest {

    @Test
    void differsWhenTheDistrictsDoNotAddUpToTheActual() {
        assertThat(DistrictSplit.differsFromTotal(Map.of(1L, new BigDecimal("120"), 2L, new BigDecimal("60")),
                new BigDecimal("186"))).isTrue();
    }

    @Test
    void agreesWhenTheyAddUpWhateverTheScale() {
        assertThat(DistrictSplit.differsFromTotal(Map.of(1L, new BigDecimal("120.0"), 2L, new BigDecimal("66")),
                new BigDecimal("186"))).isFalse();
    }

    @Test
    void hasNothingToCompareWithoutASplitOrAnActual() {
        assertThat(DistrictSplit.differsFromTotal(Map.of(), new BigDecimal("186"))).isFalse();
        assertThat(DistrictSplit.differsFromTotal(Map.of(1L, BigDecimal.TEN), null)).isFalse();
    }
}
