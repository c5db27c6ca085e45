package jp.bansou.activity.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JapaneseDatesTest {

    @ParameterizedTest
    @CsvSource({
        "2022/5/1, 2022-05-01", "2022/05/01, 2022-05-01", "2022-05-01, 2022-05-01", "2022-5-1, 2022-05-01",
        "2022年5月1日, 2022-05-01", "令和4年5月1日, 2022-05-01", "令和元年5月1日, 2019-05-01",
        "平成31年4月30日, 2019-04-30", "平成31年5月1日, 2019-05-01", "R4.5.1, 2022-05-01", "R4/5/1, 2022-05-01",
        "H30.3.31, 2018-03-31", "'２０２２／５／１', 2022-05-01", "2022/5/1 10:30, 2022-05-01",
        "2022-05-01T10:30:00, 2022-05-01", "令和５年１月３１日, 2023-01-31"
    })
    void readsTheFormsConsultationSystemsWrite(String text, LocalDate expected) {
        assertThat(JapaneseDates.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"令和元年13月1日", "2022/13/01", "2022/2/30", "令和0年5月1日", "R4.13.1", "5月1日", "昨日", "",
        "44682"})
    void refusesImpossibleOrIncompleteDates(String text) {
        assertThat(JapaneseDates.parse(text)).isEmpty();
    }
}
