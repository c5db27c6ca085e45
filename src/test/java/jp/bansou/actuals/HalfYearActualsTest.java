package jp.bansou.actuals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import jp.bansou.shared.FiscalYear;
import org.junit.jupiter.api.Test;

class HalfYearActualsTest {

    static final FiscalYear FY2022 = FiscalYear.of(2022);

    @Test
    void splitsTheDatesAtTheFirstOfOctober() {
        HalfYearActuals halves = HalfYearActuals.ofDays(FY2022, Map.of(
                LocalDate.of(2022, 4, 1), BigDecimal.valueOf(3),
                LocalDate.of(2022, 9, 30), BigDecimal.valueOf(2),
                LocalDate.of(2022, 10, 1), BigDecimal.valueOf(4),
                LocalDate.of(2023, 3, 31), BigDecimal.ONE), BigDecimal.TEN);
        assertThat(halves.firstHalf()).isEqualByComparingTo("5");
        assertThat(halves.secondHalf()).isEqualByComparingTo("5");
    }

    @Test
    void aYearWithoutRecordsIsZeroInBothHalves() {
        HalfYearActuals halves = HalfYearActuals.ofDays(FY2022, Map.of(), BigDecimal.ZERO);
        assertThat(halves.firstHalf()).isEqualByComparingTo("0");
        assertThat(halves.secondHalf()).isEqualByComparingTo("0");
    }
}
