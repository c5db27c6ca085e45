package jp.bansou.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A month as a calendar: weeks from Monday to Sunday, each day with the events on it (a held event
 * on its actual date, a planned one on each day of its range), and apart the events planned for the
 * month as a whole.
 */
public record MonthCalendar(YearMonth month, List<List<Day>> weeks, List<ScheduleEvent> wholeMonth) {

    /** A day of the calendar; {@code inMonth} is false for the days of the weeks' edges. */
    public record Day(LocalDate date, boolean inMonth, List<ScheduleEvent> events) {
    }

    public MonthCalendar {
        weeks = List.copyOf(weeks);
        wholeMonth = List.copyOf(wholeMonth);
    }

    public static MonthCalendar of(YearMonth month, List<ScheduleEvent> events) {
        LocalDate day = month.atDay(1).with(DayOfWeek.MONDAY);
        List<List<Day>> weeks = new ArrayList<>();
        while (!day.isAfter(month.atEndOfMonth())) {
            List<Day> week = new ArrayList<>();
            for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
                LocalDate date = day;
                week.add(new Day(date, YearMonth.from(date).equals(month),
                        events.stream().filter(e -> on(e, date)).toList()));
            }
            weeks.add(week);
        }
        List<ScheduleEvent> wholeMonth = events.stream()
                .filter(e -> e.actualDate() == null && e.when().wholeMonth() && YearMonth.from(e.when().from()).equals(month))
                .toList();
        return new MonthCalendar(month, weeks, wholeMonth);
    }

    private static boolean on(ScheduleEvent e, LocalDate date) {
        if (e.actualDate() != null) {
            return e.actualDate().equals(date);
        }
        return !e.when().wholeMonth() && !date.isBefore(e.when().from()) && !date.isAfter(e.when().to());
    }
}
