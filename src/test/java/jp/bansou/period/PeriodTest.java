package jp.bansou.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import jp.bansou.shared.FiscalYear;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static final FiscalYear FY2022 = FiscalYear.of(2022);

    @Test
    void placesJanuaryToMarchInTheCalendarYearAfterTheStart() {
        Period january = Period.month(FY2022, 1);
        assertThat(january.firstDay()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(january.lastDay()).isEqualTo(LocalDate.of(2023, 1, 31));
        assertThat(Period.month(FY2022, 4).firstDay()).isEqualTo(LocalDate.of(2022, 4, 1));
        assertThat(Period.month(FY2022, 2).lastDay()).isEqualTo(LocalDate.of(2023, 2, 28));
    }

    @Test
    void splitsTheYearIntoAprilToSeptemberAndOctoberToMarch() {
        Period first = Period.of(FY2022, PeriodKind.FIRST_HALF);
        Period second = Period.of(FY2022, PeriodKind.SECOND_HALF);
        assertThat(first.contains(LocalDate.of(2022, 9, 30))).isTrue();
        assertThat(first.contains(LocalDate.of(2022, 10, 1))).isFalse();
        assertThat(second.contains(LocalDate.of(2022, 10, 1))).isTrue();
        assertThat(second.contains(LocalDate.of(2023, 3, 31))).isTrue();
        assertThat(second.contains(LocalDate.of(2023, 4, 1))).isFalse();
        Period year = Period.of(FY2022, PeriodKind.YEAR);
        assertThat(year.contains(LocalDate.of(2022, 3, 31))).isFalse();
        assertThat(year.contains(LocalDate.of(2022, 4, 1))).isTrue();
    }

    @Test
    void namesThePeriodInJapanese() {
        assertThat(Period.month(FY2022, 5).label()).isEqualTo("令和4年度 5月");
        assertThat(Period.of(FY2022, PeriodKind.FIRST_HALF).label()).isEqualTo("令和4年度 上期");
        assertThat(Period.of(FY2022, PeriodKind.SECOND_HALF).label()).isEqualTo("令和4年度 下期");
        assertThat(Period.of(FiscalYear.of(2019), PeriodKind.YEAR).label()).isEqualTo("令和元年度");
    }

    @Test
    void needsAMonthOnlyForAMonth() {
        assertThatThrownBy(() -> new Period(FY2022, PeriodKind.MONTH, 13)).hasMessage("月は1〜12で指定してください");
        assertThatThrownBy(() -> new Period(FY2022, PeriodKind.MONTH, null)).hasMessage("月は1〜12で指定してください");
        assertThat(new Period(FY2022, PeriodKind.YEAR, 5).month()).isNull();
    }
}
