package jp.bansou.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import jp.bansou.shared.FiscalYear;
import org.junit.jupiter.api.Test;

class ScheduleViewsTest {

    private static final FiscalYear FY2022 = FiscalYear.of(2022);
    private static final AreaRef ANALYSIS = new AreaRef(1, "経営状況分析");
    private static final AreaRef SALES = new AreaRef(2, "販路開拓");

    @Test
    void theGridHasARowPerAreaAndColumnsFromAprilToMarch() {
        ScheduleEvent january = event(10, 2, PlannedWhen.month(YearMonth.of(2023, 1)), null);
        ScheduleEvent april = event(11, 1, PlannedWhen.days(LocalDate.of(2022, 4, 20), null), null);

        YearGrid grid = YearGrid.of(FY2022, List.of(ANALYSIS, SALES), List.of(january, april));

        assertThat(grid.months()).hasSize(12).startsWith(YearMonth.of(2022, 4)).endsWith(YearMonth.of(2023, 3));
        assertThat(grid.rows()).extracting(r -> r.area().name()).containsExactly("経営状況分析", "販路開拓");
        assertThat(grid.rows().get(0).cells().get(0)).containsExactly(april);
        assertThat(grid.rows().get(1).cells().get(9)).containsExactly(january);
        assertThat(grid.rows().get(1).count()).isEqualTo(1);
    }

    @Test
    void theCalendarPutsRangesOnEachDayHeldEventsOnTheirDateAndMonthsApart() {
        ScheduleEvent fair = event(1, 1, PlannedWhen.days(LocalDate.of(2022, 6, 14), LocalDate.of(2022, 6, 15)), null);
        ScheduleEvent survey = event(2, 1, PlannedWhen.month(YearMonth.of(2022, 6)), null);
        ScheduleEvent held = event(3, 1, PlannedWhen.month(YearMonth.of(2022, 6)), LocalDate.of(2022, 6, 20));

        MonthCalendar june = MonthCalendar.of(YearMonth.of(2022, 6), List.of(fair, survey, held));

        assertThat(june.weeks()).hasSize(5);
        assertThat(june.weeks().get(0).get(0).date()).isEqualTo(LocalDate.of(2022, 5, 30));
        assertThat(june.weeks().get(0).get(0).inMonth()).isFalse();
        assertThat(day(june, LocalDate.of(2022, 6, 14)).events()).containsExactly(fair);
        assertThat(day(june, LocalDate.of(2022, 6, 15)).events()).containsExactly(fair);
        assertThat(day(june, LocalDate.of(2022, 6, 20)).events()).containsExactly(held);
        assertThat(june.wholeMonth()).containsExactly(survey);
    }

    private static MonthCalendar.Day day(MonthCalendar calendar, LocalDate date) {
        return calendar.weeks().stream().flatMap(List::stream).filter(d -> d.date().equals(date)).findFirst()
                .orElseThrow();
    }

    private static ScheduleEvent event(long id, long area, PlannedWhen when, LocalDate held) {
        return new ScheduleEvent(id, when.fiscalYear(), area, "", 1, "セミナー", null, "予定" + id, when, null,
                held == null ? EventStatus.PLANNED : EventStatus.DONE, held, null, List.of(), List.of(), List.of(),
                List.of(), List.of());
    }
}
