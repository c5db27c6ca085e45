package jp.bansou.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import jp.bansou.shared.FiscalYear;
import org.junit.jupiter.api.Test;

class MonthlyProfileTest {

    private static final FiscalYear FY2022 = FiscalYear.of(2022);

    @Test
    void expectsHalfTheYearByTheEndOfSeptemberWhenEven() {
        assertThat(MonthlyProfile.even().shareAt(FY2022, LocalDate.of(2022, 9, 30))).isEqualByComparingTo("0.5");
    }

    @Test
    void expectsPartOfTheMonthByTheDayInTheFirstMonth() {
        // 1/12 × 15/30 = 1/24
        assertThat(MonthlyProfile.even().shareAt(FY2022, LocalDate.of(2022, 4, 15))).isEqualByComparingTo("0.0416666667");
    }

    @Test
    void spreadsByLastYearsMonths() {
        MonthlyProfile profile = profile(Map.of(Month.APRIL, "10", Month.MAY, "30", Month.MARCH, "60"));
        assertThat(profile.shareAt(FY2022, LocalDate.of(2022, 5, 31))).isEqualByComparingTo("0.4");
        // (10 + 30 × 15/31) / 100
        assertThat(profile.shareAt(FY2022, LocalDate.of(2022, 5, 15))).isEqualByComparingTo("0.2451612903");
        assertThat(profile.shareAt(FY2022, LocalDate.of(2023, 2, 28))).isEqualByComparingTo("0.4");
        assertThat(profile.shareAt(FY2022, LocalDate.of(2023, 3, 31))).isEqualByComparingTo("1");
    }

    @Test
    void spreadsEvenlyWhenLastYearHadNothing() {
        MonthlyProfile empty = MonthlyProfile.ofMonths(Map.of());
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.shareAt(FY2022, LocalDate.of(2022, 6, 30))).isEqualByComparingTo("0.25");
    }

    @Test
    void expectsNothingBeforeTheYearAndEverythingFromItsLastDay() {
        MonthlyProfile even = MonthlyProfile.even();
        assertThat(even.shareAt(FY2022, LocalDate.of(2022, 3, 31))).isEqualByComparingTo("0");
        assertThat(even.shareAt(FY2022, LocalDate.of(2023, 3, 31))).isEqualByComparingTo("1");
        assertThat(even.shareAt(FY2022, LocalDate.of(2024, 1, 1))).isEqualByComparingTo("1");
    }

    @Test
    void turnsReportedRunningTotalsIntoWhatEachMonthAdded() {
        MonthlyProfile profile = MonthlyProfile.ofRunningTotals(Map.of(Month.MAY, new BigDecimal("5"),
                Month.JULY, new BigDecimal("12"), Month.AUGUST, new BigDecimal("10"), Month.OCTOBER, new BigDecimal("15")));
        assertThat(profile.weights()).extracting(BigDecimal::intValue)
                .containsExactly(0, 5, 0, 7, 0, 0, 3, 0, 0, 0, 0, 0);
        assertThat(profile.total()).isEqualByComparingTo("15");
    }

    @Test
    void givesTheShareByEachMonthsEnd() {
        List<BigDecimal> shares = MonthlyProfile.even().monthEndShares(FY2022);
        assertThat(shares).hasSize(12);
        assertThat(shares.get(2)).isEqualByComparingTo("0.25");
        assertThat(shares.get(11)).isEqualByComparingTo("1");
    }

    @Test
    void countsTheDaysGoneOfTheYear() {
        // 1 April – 30 September = 183 of 365 days
        assertThat(MonthlyProfile.elapsed(FY2022, LocalDate.of(2022, 9, 30))).isEqualByComparingTo("0.5013698630");
        assertThat(MonthlyProfile.elapsed(FY2022, LocalDate.of(2022, 3, 31))).isEqualByComparingTo("0");
        assertThat(MonthlyProfile.elapsed(FY2022, LocalDate.of(2023, 3, 31))).isEqualByComparingTo("1");
    }

    @Test
    void numbersTheMonthsFromApril() {
        assertThat(MonthlyProfile.monthAt(0)).isEqualTo(Month.APRIL);
        assertThat(MonthlyProfile.monthAt(11)).isEqualTo(Month.MARCH);
        assertThat(MonthlyProfile.fiscalIndex(LocalDate.of(2023, 1, 5))).isEqualTo(9);
    }

    @Test
    void refusesNegativeOrMissingMonths() {
        List<BigDecimal> eleven = new ArrayList<>(Collections.nCopies(11, BigDecimal.ONE));
        assertThatThrownBy(() -> new MonthlyProfile(eleven)).hasMessageContaining("12個");
        eleven.add(new BigDecimal("-1"));
        assertThatThrownBy(() -> new MonthlyProfile(eleven)).hasMessageContaining("0以上");
    }

    private static MonthlyProfile profile(Map<Month, String> months) {
        Map<Month, BigDecimal> values = new java.util.EnumMap<>(Month.class);
        months.forEach((m, v) -> values.put(m, new BigDecimal(v)));
        return MonthlyProfile.ofMonths(values);
    }
}
