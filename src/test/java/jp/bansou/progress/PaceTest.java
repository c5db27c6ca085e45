package jp.bansou.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import jp.bansou.plan.TargetComparator;
import jp.bansou.shared.FiscalYear;
import org.junit.jupiter.api.Test;

/** Pace against figures worked out by hand; FY2022 has 365 days. */
class PaceTest {

    private static final FiscalYear FY2022 = FiscalYear.of(2022);
    private static final PaceThresholds DEFAULTS = PaceThresholds.defaults();
    private static final MonthlyProfile EVEN = MonthlyProfile.even();

    @Test
    void isBehindAtSeventyFivePercentOfAnEvenPaceAtHalfYear() {
        // 120 × 6/12 = 60 expected; 45 ÷ 60 = 75%; forecast 45 ÷ 0.5 = 90
        Pace pace = pace(TargetComparator.AT_LEAST, "120", EVEN, LocalDate.of(2022, 9, 30), "45");
        assertThat(pace.expectedToDate()).isEqualByComparingTo("60.0");
        assertThat(pace.forecast()).isEqualByComparingTo("90.0");
        assertThat(pace.rate().text()).isEqualTo("75.0%");
        assertThat(pace.status()).isEqualTo(PaceStatus.BEHIND);
    }

    @Test
    void needsAttentionAtEightyPercentAndIsOnTrackAtPace() {
        assertThat(pace(TargetComparator.AT_LEAST, "120", EVEN, LocalDate.of(2022, 9, 30), "48").status())
                .isEqualTo(PaceStatus.ATTENTION);
        assertThat(pace(TargetComparator.AT_LEAST, "120", EVEN, LocalDate.of(2022, 9, 30), "60").status())
                .isEqualTo(PaceStatus.ON_TRACK);
    }

    @Test
    void forecastsFromTheFirstMonth() {
        // 120 × 1/12 × 15/30 = 5 expected; 6 done → 120%; forecast 6 ÷ (1/24) = 144
        Pace pace = pace(TargetComparator.AT_LEAST, "120", EVEN, LocalDate.of(2022, 4, 15), "6");
        assertThat(pace.expectedToDate()).isEqualByComparingTo("5.0");
        assertThat(pace.forecast()).isEqualByComparingTo("144.0");
        assertThat(pace.status()).isEqualTo(PaceStatus.ON_TRACK);
    }

    @Test
    void spreadsByLastYearsProfile() {
        // last year: 40 in April–June, 60 in the rest → by 30 June 40% of 200 = 80; 70 done → 87.5%; 70 ÷ 0.4 = 175
        MonthlyProfile lastYear = MonthlyProfile.ofMonths(Map.of(Month.MAY, new BigDecimal("40"),
                Month.DECEMBER, new BigDecimal("60")));
        Pace pace = pace(TargetComparator.AT_LEAST, "200", lastYear, LocalDate.of(2022, 6, 30), "70");
        assertThat(pace.expectedToDate()).isEqualByComparingTo("80.0");
        assertThat(pace.forecast()).isEqualByComparingTo("175.0");
        assertThat(pace.status()).isEqualTo(PaceStatus.ATTENTION);
    }

    @Test
    void spreadsEvenlyWhenLastYearIsEmpty() {
        Pace pace = pace(TargetComparator.AT_LEAST, "120", MonthlyProfile.ofMonths(Map.of()),
                LocalDate.of(2022, 6, 30), "30");
        assertThat(pace.expectedToDate()).isEqualByComparingTo("30.0");
        assertThat(pace.forecast()).isEqualByComparingTo("120.0");
    }

    @Test
    void forecastsByTheDaysGoneWhileTheProfileExpectsNothingYet() {
        // everything planned for March: nothing expected by 30 June; 10 ÷ (91/365) = 40.1
        MonthlyProfile march = MonthlyProfile.ofMonths(Map.of(Month.MARCH, BigDecimal.ONE));
        Pace pace = pace(TargetComparator.AT_LEAST, "120", march, LocalDate.of(2022, 6, 30), "10");
        assertThat(pace.expectedToDate()).isEqualByComparingTo("0.0");
        assertThat(pace.forecast()).isEqualByComparingTo("40.1");
        assertThat(pace.status()).isEqualTo(PaceStatus.ON_TRACK);
    }

    @Test
    void forecastsTheActualOnceTheYearIsOver() {
        Pace pace = pace(TargetComparator.AT_LEAST, "120", EVEN, LocalDate.of(2023, 3, 31), "100");
        assertThat(pace.expectedToDate()).isEqualByComparingTo("120.0");
        assertThat(pace.forecast()).isEqualByComparingTo("100.0");
        assertThat(pace.status()).isEqualTo(PaceStatus.ATTENTION);
        assertThat(pace(TargetComparator.AT_LEAST, "120", EVEN, LocalDate.of(2023, 8, 1), "100").forecast())
                .isEqualByComparingTo("100.0");
    }

    @Test
    void forecastsNothingBeforeTheYear() {
        Pace pace = pace(TargetComparator.AT_LEAST, "120", EVEN, LocalDate.of(2022, 3, 1), "0");
        assertThat(pace.forecast()).isNull();
        assertThat(pace.expectedToDate()).isEqualByComparingTo("0");
    }

    @Test
    void invertsTheRateForAtMostItems() {
        // at most 10 a year: 5 by half year; 4 → 5 ÷ 4 = 125%, 8 → 62.5%
        Pace fewer = pace(TargetComparator.AT_MOST, "10", EVEN, LocalDate.of(2022, 9, 30), "4");
        assertThat(fewer.status()).isEqualTo(PaceStatus.ON_TRACK);
        assertThat(fewer.forecast()).isEqualByComparingTo("8.0");
        Pace more = pace(TargetComparator.AT_MOST, "10", EVEN, LocalDate.of(2022, 9, 30), "8");
        assertThat(more.rate().text()).isEqualTo("62.5%");
        assertThat(more.status()).isEqualTo(PaceStatus.BEHIND);
        assertThat(pace(TargetComparator.AT_MOST, "10", EVEN, LocalDate.of(2022, 9, 30), "0").status())
                .isEqualTo(PaceStatus.ON_TRACK);
    }

    @Test
    void reachesATargetOfZeroWithAnything() {
        assertThat(pace(TargetComparator.AT_LEAST, "0", EVEN, LocalDate.of(2022, 9, 30), "0").status())
                .isEqualTo(PaceStatus.ON_TRACK);
    }

    @Test
    void knowsNoStatusWithoutATargetOrAnActual() {
        Pace noTarget = Pace.of(TargetComparator.AT_LEAST, null, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.TEN, DEFAULTS);
        assertThat(noTarget.status()).isEqualTo(PaceStatus.UNKNOWN);
        assertThat(noTarget.expectedToDate()).isNull();
        Pace noActual = pace(TargetComparator.AT_LEAST, "120", EVEN, LocalDate.of(2022, 9, 30), null);
        assertThat(noActual.status()).isEqualTo(PaceStatus.UNKNOWN);
        assertThat(noActual.forecast()).isNull();
    }

    private static Pace pace(TargetComparator comparator, String target, MonthlyProfile profile, LocalDate asOf,
                             String actual) {
        return Pace.of(comparator, new BigDecimal(target), profile.shareAt(FY2022, asOf),
                MonthlyProfile.elapsed(FY2022, asOf), actual == null ? null : new BigDecimal(actual), DEFAULTS);
    }
}
