package jp.bansou.period;

import java.time.LocalDate;
import java.time.YearMonth;
import jp.bansou.shared.FiscalYear;

/**
 * A span of a fiscal year that can be closed: a month (1–12, calendar month: January belongs to
 * the fiscal year that began the April before), 上期 (April–September), 下期 (October–March) or the
 * year itself.
 */
public record Period(FiscalYear year, PeriodKind kind, Integer month) {

    public Period {
        if (year == null || kind == null) {
            throw new IllegalArgumentException("年度と期間の種類は必須です");
        }
        if (kind == PeriodKind.MONTH && (month == null || month < 1 || month > 12)) {
            throw new IllegalArgumentException("月は1〜12で指定してください");
        }
        if (kind != PeriodKind.MONTH) {
            month = null;
        }
    }

    public static Period month(FiscalYear year, int month) {
        return new Period(year, PeriodKind.MONTH, month);
    }

    public static Period of(FiscalYear year, PeriodKind kind) {
        return new Period(year, kind, null);
    }

    public LocalDate firstDay() {
        return switch (kind) {
            case MONTH -> yearMonth().atDay(1);
            case SECOND_HALF -> year.secondHalfFirstDay();
            default -> year.firstDay();
        };
    }

    public LocalDate lastDay() {
        return switch (kind) {
            case MONTH -> yearMonth().atEndOfMonth();
            case FIRST_HALF -> year.secondHalfFirstDay().minusDays(1);
            default -> year.lastDay();
        };
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    /** 令和4年度 5月, 令和4年度 上期, 令和4年度 下期, 令和4年度. */
    public String label() {
        return switch (kind) {
            case MONTH -> year.japaneseLabel() + " " + month + "月";
            case FIRST_HALF -> year.japaneseLabel() + " 上期";
            case SECOND_HALF -> year.japaneseLabel() + " 下期";
            case YEAR -> year.japaneseLabel();
        };
    }

    private YearMonth yearMonth() {
        return YearMonth.of(month >= 4 ? year.startYear() : year.startYear() + 1, month);
    }
}
