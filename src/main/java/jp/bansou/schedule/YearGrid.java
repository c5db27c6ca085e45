package jp.bansou.schedule;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.bansou.shared.FiscalYear;

/**
 * The fiscal-year grid: one row per business area (in the plan's order), one column per month from
 * April to March, each cell the events planned to start in that month.
 */
public record YearGrid(FiscalYear year, List<YearMonth> months, List<Row> rows) {

    /** One business area's twelve cells, April first. */
    public record Row(AreaRef area, List<List<ScheduleEvent>> cells) {

        public int count() {
            return cells.stream().mapToInt(List::size).sum();
        }
    }

    public YearGrid {
        months = List.copyOf(months);
        rows = List.copyOf(rows);
    }

    public static YearGrid of(FiscalYear year, List<AreaRef> areas, List<ScheduleEvent> events) {
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(YearMonth.from(year.firstDay()).plusMonths(i));
        }
        List<Row> rows = areas.stream().map(area -> new Row(area, cells(area, year, events))).toList();
        return new YearGrid(year, months, rows);
    }

    private static List<List<ScheduleEvent>> cells(AreaRef area, FiscalYear year, List<ScheduleEvent> events) {
        List<List<ScheduleEvent>> cells = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            cells.add(new ArrayList<>());
        }
        events.stream().filter(e -> e.areaId() == area.id() && e.fiscalYear().equals(year))
                .forEach(e -> cells.get(e.when().fiscalMonthIndex()).add(e));
        return cells.stream().map(List::copyOf).toList();
    }
}
