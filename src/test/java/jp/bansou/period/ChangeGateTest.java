package jp.bansou.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import jp.bansou.shared.FiscalYear;
import org.junit.jupiter.api.Test;

class ChangeGateTest {

    private static final ClosedPeriod MAY = closed(Period.month(FiscalYear.of(2022), 5));

    @Test
    void letsAnyoneChangeAnOpenPeriod() {
        assertThat(new ChangeGate(null).refusal(false, null)).isEmpty();
    }

    @Test
    void refusesStaffInAClosedPeriodEvenWithAReason() {
        assertThat(new ChangeGate(MAY).refusal(false, "訂正")).contains(
                "令和4年度 5月は締められています。締めた期間の数値を変更できるのは管理者だけです");
    }

    @Test
    void refusesAnAdminWithoutAReason() {
        assertThat(new ChangeGate(MAY).refusal(true, " ")).contains(
                "令和4年度 5月は締められています。変更するには変更理由を入力してください");
    }

    @Test
    void letsAnAdminGivingAReasonChangeAClosedPeriod() {
        assertThat(new ChangeGate(MAY).refusal(true, "入力漏れの訂正")).isEmpty();
    }

    @Test
    void findsTheWidestClosedPeriodADateFallsIn() {
        ClosedPeriod year = closed(Period.of(FiscalYear.of(2022), PeriodKind.YEAR));
        ClosedCalendar calendar = new ClosedCalendar(List.of(MAY, year));
        assertThat(calendar.containing(LocalDate.of(2022, 5, 31))).contains(year);
        assertThat(new ClosedCalendar(List.of(MAY)).containing(LocalDate.of(2022, 5, 31))).contains(MAY);
        assertThat(new ClosedCalendar(List.of(MAY)).containing(LocalDate.of(2022, 6, 1))).isEmpty();
    }

    private static ClosedPeriod closed(Period period) {
        return new ClosedPeriod(period, "管理者", LocalDateTime.of(2022, 6, 1, 9, 0));
    }
}
