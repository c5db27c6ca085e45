package jp.bansou.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetRowTest {

    private static final long ONDO = 1;
    private static final long KURAHASHI = 2;

    @Test
    void printsTheActualWithThousandsSeparators() {
        assertThat(row(new BigDecimal("3035"), Map.of()).actualText()).isEqualTo("3,035");
        assertThat(row(new BigDecimal("34.5"), Map.of()).actualText()).isEqualTo("34.5");
        assertThat(row(null, Map.of()).actualText()).isEmpty();
    }

    @Test
    void printsEachDistrictsShareAndNothingForDistrictsWithout() {
        TargetRow row = row(new BigDecimal("3035"), Map.of(ONDO, new BigDecimal("1200")));
        assertThat(row.districtText(ONDO)).isEqualTo("1,200");
        assertThat(row.districtText(KURAHASHI)).isEmpty();
        assertThat(row.hasSplit()).isTrue();
        assertThat(row.splitDiffersFromTotal()).isTrue();
        assertThat(row(null, Map.of()).hasSplit()).isFalse();
    }

    private static TargetRow row(BigDecimal actual, Map<Long, BigDecimal> split) {
        Target target = new Target(new BigDecimal("3000"), ItemUnit.KEN, TargetComparator.AT_LEAST);
        return new TargetRow(1, 1, false, "巡回訪問", target, null, actual, split, "A", null, "会長", "各指導員",
                List.of(), null, false, 0);
    }
}
