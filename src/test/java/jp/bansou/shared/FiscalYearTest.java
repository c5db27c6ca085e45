package jp.bansou.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalYearTest {

    private static final FiscalYear FY2022 = FiscalYear.of(2022);

    @ParameterizedTest
    @CsvSource({"2022, 令和4年度", "2020, 令和2年度", "2019, 令和元年度", "2018, 平成30年度", "1989, 平成元年度"})
    void labelsTheYearWithTheEraInForceAtTheEndOfItsStartYear(int startYear, String label) {
        assertThat(FiscalYear.of(startYear).japaneseLabel()).isEqualTo(label);
    }

    @Test
    void labelsFiscalYear2019AsReiwaGannen() {
        assertThat(FiscalYear.of(2019).japaneseLabel()).isEqualTo("令和元年度");
    }

    @Test
    void labelsInWesternAndEnglishStyle() {
        assertThat(FY2022.westernLabel()).isEqualTo("2022年度");
        assertThat(FY2022.englishLabel()).isEqualTo("FY2022");
        assertThat(FY2022).hasToString("FY2022");
    }

    @Test
    void labelsInTheUsersLanguage() {
        assertThat(FY2022.label(Locale.JAPANESE)).isEqualTo("令和4年度");
        assertThat(FY2022.label(Locale.JAPAN)).isEqualTo("令和4年度");
        assertThat(FY2022.label(Locale.ENGLISH)).isEqualTo("FY2022");
        assertThat(FY2022.label(Locale.US)).isEqualTo("FY2022");
    }

    @ParameterizedTest
    @CsvSource({"令和4年度, 2022", "令和元年度, 2019", "平成30年度, 2018", "平成31年度, 2019", "令和04年度, 2022",
            "令和100年度, 2118", "2022年度, 2022", "FY2022, 2022", "fy2022, 2022", "2022, 2022", "' 令和4年度 ', 2022"})
    void parsesTheWaysAYearIsWritten(String text, int startYear) {
        assertThat(FiscalYear.parse(text)).isEqualTo(FiscalYear.of(startYear));
    }

    @Test
    void parsesEveryLabelItPrintsBackToTheSameYear() {
        IntStream.rangeClosed(1989, 2200).mapToObj(FiscalYear::of).forEach(year -> {
            for (String label : List.of(year.japaneseLabel(), year.westernLabel(), year.englishLabel(),
                    Integer.toString(year.startYear()))) {
                assertThat(FiscalYear.parse(label)).as(label).isEqualTo(year);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "令和年度", "令和0年度", "令和00年度", "大正4年度", "22年度", "FY22", "2022年", "next year",
            "1988", "2201年度"})
    void refusesTextThatIsNoFiscalYear(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> FiscalYear.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"2023-03-31, 2022", "2023-04-01, 2023", "2022-04-01, 2022", "2023-01-01, 2022", "2022-12-31, 2022"})
    void placesJanuaryToMarchInTheYearThatBeganTheAprilBefore(LocalDate date, int startYear) {
        assertThat(FiscalYear.containing(date)).isEqualTo(FiscalYear.of(startYear));
    }

    @Test
    void runsFromAprilFirstToMarchThirtyFirst() {
        assertThat(FY2022.firstDay()).isEqualTo(LocalDate.of(2022, 4, 1));
        assertThat(FY2022.lastDay()).isEqualTo(LocalDate.of(2023, 3, 31));
        assertThat(FY2022.contains(LocalDate.of(2022, 4, 1))).isTrue();
        assertThat(FY2022.contains(LocalDate.of(2023, 3, 31))).isTrue();
        assertThat(FY2022.contains(LocalDate.of(2022, 3, 31))).isFalse();
        assertThat(FY2022.contains(LocalDate.of(2023, 4, 1))).isFalse();
    }

    @Test
    void startsTheSecondHalfOnOctoberFirst() {
        assertThat(FY2022.secondHalfFirstDay()).isEqualTo(LocalDate.of(2022, 10, 1));
    }

    @Test
    void knowsTheYearsBeforeAndAfter() {
        assertThat(FY2022.previous()).isEqualTo(FiscalYear.of(2021));
        assertThat(FY2022.next()).isEqualTo(FiscalYear.of(2023));
    }

    @ParameterizedTest
    @ValueSource(ints = {1988, 2201, 0, -2022})
    void refusesYearsOutOfRange(int startYear) {
        assertThatIllegalArgumentException().isThrownBy(() -> FiscalYear.of(startYear));
    }

    @Test
    void ordersByStartYear() {
        List<FiscalYear> years = List.of(FiscalYear.of(2023), FiscalYear.of(2019), FY2022);
        assertThat(years.stream().sorted()).containsExactly(FiscalYear.of(2019), FY2022, FiscalYear.of(2023));
        assertThat(FY2022).isLessThan(FiscalYear.of(2023)).isGreaterThan(FiscalYear.of(2021));
    }

    @Test
    void choosesTheRequestedYearElseTheNewestAvailableElseTheCurrentOne() {
        List<FiscalYear> available = List.of(FiscalYear.of(2022), FiscalYear.of(2021));
        LocalDate today = LocalDate.of(2026, 11, 25);
        assertThat(FiscalYear.requestedOrLatest(2021, available, today)).isEqualTo(FiscalYear.of(2021));
        assertThat(FiscalYear.requestedOrLatest(null, available, today)).isEqualTo(FiscalYear.of(2022));
        assertThat(FiscalYear.requestedOrLatest(null, List.of(), today)).isEqualTo(FiscalYear.of(2026));
        assertThatIllegalArgumentException().isThrownBy(() -> FiscalYear.requestedOrLatest(1800, available, today));
    }
}
