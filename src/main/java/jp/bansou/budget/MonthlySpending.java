package jp.bansou.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.bansou.shared.FiscalYear;

/**
 * A year's spending by month, April to March (January–March belong to the year that began in April),
 * with the running total and the year's current budget, for the chart.
 */
public record MonthlySpending(int fiscalYear, String label, List<String> months, List<Long> spent,
                              List<Long> cumulative, long budget) {

    public static final List<Integer> MONTH_ORDER = List.of(4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3);

    /** The twelve months from {@code byMonth} (calendar month → net spending; missing months spent nothing). */
    public static MonthlySpending of(FiscalYear year, Map<Integer, Long> byMonth, long budget) {
        List<String> months = new ArrayList<>();
        List<Long> spent = new ArrayList<>();
        List<Long> cumulative = new ArrayList<>();
        long total = 0;
        for (int month : MONTH_ORDER) {
            long amount = byMonth.getOrDefault(month, 0L);
            total = Math.addExact(total, amount);
            months.add(month + "月");
            spent.add(amount);
            cumulative.add(total);
        }
        return new MonthlySpending(year.startYear(), year.japaneseLabel(), months, spent, cumulative, budget);
    }
}
