package jp.bansou.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import jp.bansou.shared.FiscalYear;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

    private static final FiscalYear FY2022 = FiscalYear.of(2022);

    @Test
    void monthlyExpandsIntoTwelveMonthsFromAprilToTheNextMarch() {
        assertThat(Recurrence.parse("monthly").expand(FY2022)).hasSize(12)
                .startsWith(YearMonth.of(2022, 4)).endsWith(YearMonth.of(2023, 3))
                .contains(YearMonth.of(2022, 12), YearMonth.of(2023, 1));
        assertThat(Recurrence.parse("毎月")).isEqualTo(Recurrence.monthly());
    }

    @Test
    void januaryToMarchBelongToTheYearThatBeganInApril() {
        assertThat(Recurrence.parse("quarterly: 4,7,10,1月").expand(FY2022)).containsExactly(
                YearMonth.of(2022, 4), YearMonth.of(2022, 7), YearMonth.of(2022, 10), YearMonth.of(2023, 1));
        assertThat(Recurrence.parse("2,3月").expand(FY2022))
                .containsExactly(YearMonth.of(2023, 2), YearMonth.of(2023, 3));
    }

    @Test
    void readsJapaneseAndFullWidthListsInFiscalOrder() {
        Recurrence r = Recurrence.parse("四半期：１、１０，７，4月");
        assertThat(r.months()).containsExactly(4, 7, 10, 1);
        assertThat(r.text()).isEqualTo("4,7,10,1月");
        assertThat(Recurrence.monthly().text()).isEqualTo("monthly");
    }

    @Test
    void everyExpandedMonthFallsInTheFiscalYear() {
        assertThat(Recurrence.monthly().expand(FY2022))
                .allSatisfy(m -> assertThat(FiscalYear.containing(m.atDay(1))).isEqualTo(FY2022));
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThatThrownBy(() -> Recurrence.parse("weekly")).hasMessageContaining("繰り返しが読めません");
        assertThatThrownBy(() -> Recurrence.parse("13月")).hasMessageContaining("1〜12");
        assertThatThrownBy(() -> Recurrence.parse(" ")).hasMessageContaining("繰り返しを入力してください");
    }
}
