package jp.bansou.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import jp.bansou.shared.FiscalYear;

/**
 * How a year's amount is spread over its months, April to March: twelve non-negative weights (last
 * year's monthly figures, a lead's monthly plan, or twelve equal ones).
 *
 * <p>The share of the year expected by a date is the weights of the months before its month plus
 * the month's own weight times the part of the month gone (day of month ÷ days in the month), over
 * the total: by 30 September an even profile expects 6/12 = 50%, by 15 April 1/12 × 15/30. Before
 * the year it is 0, from its last day on 1. Weights adding up to nothing spread evenly. Shares are computed to 10 decimals, HALF_UP.
 */
public record MonthlyProfile(List<BigDecimal> weights) {

    static final int SCALE = 10;

    public MonthlyProfile {
        if (weights == null || weights.size() != 12 || weights.stream().anyMatch(w -> w == null || w.signum() < 0)) {
            throw new IllegalArgumentException("月別の値は4月から3月までの12個の0以上の数です");
        }
        weights = List.copyOf(weights);
    }

    public static MonthlyProfile even() {
        return new MonthlyProfile(Collections.nCopies(12, BigDecimal.ONE));
    }

    /** From what each calendar month added (absent months add nothing). */
    public static MonthlyProfile ofMonths(Map<Month, BigDecimal> byMonth) {
        List<BigDecimal> weights = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            weights.add(byMonth.getOrDefault(monthAt(i), BigDecimal.ZERO));
        }
        return new MonthlyProfile(weights);
    }

    /**
     * From running totals reported during a year (a check-in's figure to date, the latest of each
     * month): a month adds its figure less the one before (carried over months without a report);
     * a figure lower than the one before adds nothing.
     */
    public static MonthlyProfile ofRunningTotals(Map<Month, BigDecimal> latestByMonth) {
        List<BigDecimal> weights = new ArrayList<>();
        BigDecimal before = BigDecimal.ZERO;
        for (int i = 0; i < 12; i++) {
            BigDecimal total = latestByMonth.getOrDefault(monthAt(i), before);
            weights.add(total.subtract(before).max(BigDecimal.ZERO));
            before = before.max(total);
        }
        return new MonthlyProfile(weights);
    }

    /** April for 0, March for 11. */
    public static Month monthAt(int fiscalIndex) {
        return Month.APRIL.plus(fiscalIndex);
    }

    /** 0 for April, 11 for March. */
    public static int fiscalIndex(LocalDate date) {
        return (date.getMonthValue() + 8) % 12;
    }

    public BigDecimal total() {
        return weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** True when the weights add up to nothing, so they cannot spread anything. */
    public boolean isEmpty() {
        return total().signum() == 0;
    }

    /** The share of the year expected by the end of {@code date}, 0 to 1. */
    public BigDecimal shareAt(FiscalYear year, LocalDate date) {
        if (date.isBefore(year.firstDay())) {
            return BigDecimal.ZERO;
        }
        if (!date.isBefore(year.lastDay())) {
            return BigDecimal.ONE;
        }
        if (isEmpty()) {
            return even().shareAt(year, date);
        }
        int month = fiscalIndex(date);
        BigDecimal before = weights.subList(0, month).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal part = weights.get(month).multiply(BigDecimal.valueOf(date.getDayOfMonth()))
                .divide(BigDecimal.valueOf(date.lengthOfMonth()), SCALE, RoundingMode.HALF_UP);
        return before.add(part).divide(total(), SCALE, RoundingMode.HALF_UP);
    }

    /** The share expected by the end of each month, April to March (the last is 1). */
    public List<BigDecimal> monthEndShares(FiscalYear year) {
        List<BigDecimal> shares = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            LocalDate first = year.firstDay().plusMonths(i);
            shares.add(shareAt(year, first.withDayOfMonth(first.lengthOfMonth())));
        }
        return shares;
    }

    /** The part of the year's days gone by the end of {@code date}, 0 to 1 (days elapsed ÷ days in the year). */
    public static BigDecimal elapsed(FiscalYear year, LocalDate date) {
        if (date.isBefore(year.firstDay())) {
            return BigDecimal.ZERO;
        }
        if (!date.isBefore(year.lastDay())) {
            return BigDecimal.ONE;
        }
        long days = ChronoUnit.DAYS.between(year.firstDay(), date) + 1;
        long length = ChronoUnit.DAYS.between(year.firstDay(), year.lastDay()) + 1;
        return BigDecimal.valueOf(days).divide(BigDecimal.valueOf(length), SCALE, RoundingMode.HALF_UP);
    }
}
