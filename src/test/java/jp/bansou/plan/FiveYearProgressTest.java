package jp.bansou.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import jp.bansou.shared.FiscalYear;
import org.junit.jupiter.api.Test;

class FiveYearProgressTest {

    private static final FiscalYear FY2021 = FiscalYear.of(2021);
    private static final FiscalYear FY2022 = FiscalYear.of(2022);

    @Test
    void summarisesACumulativeTarget() {
        FiveYearProgress products = progress(FiveYearKind.CUMULATIVE, "40", Map.of(FY2021, "18", FY2022, "21"), "39");
        assertThat(products.summary()).isEqualTo("5年累計 39 / 40 = 98%");
        assertThat(products.progressText()).isEqualTo("98%");
        assertThat(products.targetText()).isEqualTo("40品目");
        assertThat(products.achievedText()).isEqualTo("39");
    }

    @Test
    void summarisesAnAnnualTarget() {
        FiveYearProgress annual = progress(FiveYearKind.ANNUAL, "300", Map.of(FY2022, "333"), "333");
        assertThat(annual.summary()).isEqualTo("毎年 333 / 300 = 111%");
        assertThat(annual.progressText()).isEqualTo("111%");
    }

    @Test
    void showsEachYearsActualAndNothingForYearsWithout() {
        FiveYearProgress products = progress(FiveYearKind.CUMULATIVE, "7200", Map.of(FY2021, "1800"), "1800");
        assertThat(products.actualText(FY2021)).isEqualTo("1,800");
        assertThat(products.actualText(FY2022)).isEmpty();
        assertThat(products.summary()).isEqualTo("5年累計 1,800 / 7,200 = 25%");
    }

    @Test
    void showsNothingBeforeAnyActual() {
        FiveYearProgress none = progress(FiveYearKind.CUMULATIVE, "40", Map.of(), null);
        assertThat(none.progress()).isEmpty();
        assertThat(none.summary()).isEmpty();
        assertThat(none.progressText()).isEmpty();
        assertThat(none.achievedText()).isEmpty();
    }

    @Test
    void leavesOutTheRateForAZeroTarget() {
        assertThat(progress(FiveYearKind.CUMULATIVE, "0", Map.of(), "5").summary()).isEqualTo("5年累計 5 / 0");
    }

    private static FiveYearProgress progress(FiveYearKind kind, String target, Map<FiscalYear, String> actuals,
                                             String achieved) {
        Map<FiscalYear, BigDecimal> annual = new HashMap<>();
        actuals.forEach((year, value) -> annual.put(year, new BigDecimal(value)));
        return new FiveYearProgress(1, "特産品開発支援", ItemUnit.HINMOKU, new BigDecimal(target), kind, annual,
                achieved == null ? null : new BigDecimal(achieved));
    }
}
