package jp.bansou.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import jp.bansou.organization.RoleHolder;
import jp.bansou.shared.FiscalYear;
import org.junit.jupiter.api.Test;

class ScheduleValuesTest {

    @Test
    void aPlannedMonthIsItsFirstToLastDayInTheGridColumnOfItsFiscalMonth() {
        PlannedWhen january = PlannedWhen.month(YearMonth.of(2023, 1));
        assertThat(january.from()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(january.to()).isEqualTo(LocalDate.of(2023, 1, 31));
        assertThat(january.fiscalYear()).isEqualTo(FiscalYear.of(2022));
        assertThat(january.fiscalMonthIndex()).isEqualTo(9);
        assertThat(PlannedWhen.month(YearMonth.of(2022, 4)).fiscalMonthIndex()).isZero();
        assertThat(january.label()).isEqualTo("2023年1月");
    }

    @Test
    void refusesARangeEndingBeforeItStartsOrCrossingTheFiscalYear() {
        assertThatThrownBy(() -> PlannedWhen.days(LocalDate.of(2022, 5, 2), LocalDate.of(2022, 5, 1)))
                .hasMessageContaining("終了日は開始日以降");
        assertThatThrownBy(() -> PlannedWhen.days(LocalDate.of(2023, 3, 30), LocalDate.of(2023, 4, 2)))
                .hasMessageContaining("一つの年度");
        assertThat(PlannedWhen.days(LocalDate.of(2022, 5, 1), null).label()).isEqualTo("2022-05-01");
    }

    @Test
    void aPlannedEventIsOverdueOnlyOnceItsLastDayHasPassed() {
        ScheduleEvent may = event(EventStatus.PLANNED, PlannedWhen.month(YearMonth.of(2022, 5)));
        assertThat(may.overdue(LocalDate.of(2022, 5, 31))).isFalse();
        assertThat(may.overdue(LocalDate.of(2022, 6, 1))).isTrue();
        assertThat(event(EventStatus.DONE, may.when()).overdue(LocalDate.of(2022, 6, 1))).isFalse();
        assertThat(event(EventStatus.CANCELLED, may.when()).overdue(LocalDate.of(2022, 6, 1))).isFalse();
    }

    @Test
    void doneNeedsItsDateAndNoFutureOne() {
        assertThatThrownBy(() -> new Outcome(EventStatus.DONE, null)).hasMessageContaining("実施日を入力");
        assertThat(new Outcome(EventStatus.CANCELLED, LocalDate.of(2022, 5, 1)).actualDate()).isNull();
        assertThatThrownBy(() -> Outcome.done(LocalDate.of(2022, 5, 2)).checkedAgainst(LocalDate.of(2022, 5, 1)))
                .hasMessageContaining("未来");
    }

    @Test
    void aDraftNeedsATitleAndKeepsEachHolderOnce() {
        PlannedWhen may = PlannedWhen.month(YearMonth.of(2022, 5));
        assertThatThrownBy(() -> new EventDraft(1, 1, " ", may, null, null, null, null))
                .hasMessageContaining("件名");
        EventDraft draft = new EventDraft(1, 1, " セミナー ", may, " ", List.of(RoleHolder.person(3),
                RoleHolder.person(3), RoleHolder.group(2)), Set.of(7L), null);
        assertThat(draft.title()).isEqualTo("セミナー");
        assertThat(draft.place()).isNull();
        assertThat(draft.holders()).containsExactly(RoleHolder.person(3), RoleHolder.group(2));
        assertThat(draft.at(PlannedWhen.month(YearMonth.of(2023, 1))).when().fiscalYear())
                .isEqualTo(FiscalYear.of(2022));
    }

    private static ScheduleEvent event(EventStatus status, PlannedWhen when) {
        return new ScheduleEvent(1, when.fiscalYear(), 1, "事業", 1, "セミナー", null, "セミナー", when, null, status,
                status == EventStatus.DONE ? when.from() : null, null, List.of(), List.of(), List.of(), List.of(),
                List.of());
    }
}
