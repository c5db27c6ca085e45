package jp.bansou.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.bansou.plan.TargetRow;

/**
 * One item-year's monthly cumulative series: the expected by each month's end (target × the
 * profile's share), the actual up to each month's end until the as-of month (whose point is the
 * actual to date), and last year's, from counted months or reported running totals.
 */
final class ChartSeries {

    private final PaceFacts facts;
    private final TargetRow row;

    ChartSeries(PaceFacts facts, TargetRow row) {
        this.facts = facts;
        this.row = row;
    }

    PaceChart chart() {
        List<String> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(MonthlyProfile.monthAt(i).getValue() + "月");
        }
        return new PaceChart(row.itemYearId(), row.name(), row.target() == null ? "" : row.target().unit().label(),
                facts.year().japaneseLabel(), months, actual(), expected(), lastYear());
    }

    private List<BigDecimal> expected() {
        List<BigDecimal> series = new ArrayList<>();
        MonthlyProfile profile = facts.profile(row);
        for (BigDecimal share : profile.monthEndShares(facts.year())) {
            series.add(row.target() == null ? null
                    : row.target().value().multiply(share).setScale(1, RoundingMode.HALF_UP));
        }
        return series;
    }

    private List<BigDecimal> actual() {
        List<BigDecimal> running = facts.counted(row)
                ? cumulative(facts.countedMonths().getOrDefault(row.itemId(), Map.of()))
                : carried(facts.reportedMonths().getOrDefault(row.itemId(), Map.of()));
        List<BigDecimal> series = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            LocalDate first = facts.year().firstDay().plusMonths(i);
            LocalDate last = first.withDayOfMonth(first.lengthOfMonth());
            series.add(first.isAfter(facts.asOf()) ? null
                    : last.isBefore(facts.asOf()) ? running.get(i) : facts.actualToDate(row));
        }
        return series;
    }

    private List<BigDecimal> lastYear() {
        Map<Month, BigDecimal> counted = facts.countedLastYear().get(row.itemId());
        if (counted != null && !counted.isEmpty()) {
            return cumulative(counted);
        }
        return carried(facts.reportedLastYear().getOrDefault(row.itemId(), Map.of()));
    }

    /** Running sums of what each month added. */
    static List<BigDecimal> cumulative(Map<Month, BigDecimal> added) {
        List<BigDecimal> series = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < 12; i++) {
            sum = sum.add(added.getOrDefault(MonthlyProfile.monthAt(i), BigDecimal.ZERO));
            series.add(sum);
        }
        return series;
    }

    /** The latest figure of each month, carried over months without one; null before the first. */
    static List<BigDecimal> carried(Map<Month, BigDecimal> latest) {
        List<BigDecimal> series = new ArrayList<>();
        BigDecimal current = null;
        for (int i = 0; i < 12; i++) {
            current = latest.getOrDefault(MonthlyProfile.monthAt(i), current);
            series.add(current);
        }
        return series;
    }
}
