package jp.bansou.schedule;

import java.time.LocalDate;
import java.time.YearMonth;
import jp.bansou.shared.FiscalYear;

/**
 * When an event is planned: a whole month (the first to the last day of it) or a date range (one
 * day when both ends agree), always within one fiscal year.
 */
public record PlannedWhen(LocalDate from, LocalDate to, boolean wholeMonth) {

    public PlannedWhen {
        if (from == null || to == null) {
            throw new IllegalArgumentException("予定の日付は必須です");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("予定の終了日は開始日以降にしてください");
        }
        if (!FiscalYear.containing(from).equals(FiscalYear.containing(to))) {
            throw new IllegalArgumentException("予定の期間は一つの年度（4月〜翌3月）に収めてください");
        }
        if (wholeMonth && !(from.getDayOfMonth() == 1 && to.equals(YearMonth.from(from).atEndOfMonth()))) {
            throw new IllegalArgumentException("月の予定は月の初日から末日までです");
        }
    }

    public static PlannedWhen month(YearMonth month) {
        return new PlannedWhen(month.atDay(1), month.atEndOfMonth(), true);
    }

    public static PlannedWhen days(LocalDate from, LocalDate to) {
        return new PlannedWhen(from, to == null ? from : to, false);
    }

    public FiscalYear fiscalYear() {
        return FiscalYear.containing(from);
    }

    /** The column of the fiscal-year grid: 0 for April … 11 for March. */
    public int fiscalMonthIndex() {
        return (from.getMonthValue() + 8) % 12;
    }

    /** True when the planned time is over by {@code today} (the last planned day is before it). */
    public boolean isOverBy(LocalDate today) {
        return to.isBefore(today);
    }

    /** 2022年5月 for a month; 2022-05-10 or 2022-05-10〜2022-05-12 for days. */
    public String label() {
        if (wholeMonth) {
            return from.getYear() + "年" + from.getMonthValue() + "月";
        }
        return from.equals(to) ? from.toString() : from + "〜" + to;
    }
}
