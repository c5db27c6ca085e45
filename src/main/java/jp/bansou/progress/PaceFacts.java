package jp.bansou.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import jp.bansou.plan.TargetComparator;
import jp.bansou.plan.TargetRow;
import jp.bansou.shared.FiscalYear;

/**
 * Everything the pace of a year's items is computed from, read in a fixed number of queries: the
 * counted actuals (to date, by month this year and last), the figures check-ins reported (to date,
 * latest by month this year and last), monthly plans, statuses set by hand, and the thresholds.
 * Maps of figures are keyed by item id, plans and overrides by item-year id.
 *
 * <p>The actual to date of a counted item is its count up to the as-of date. A manual item's is
 * the latest figure reported by a check-in up to then; without one, the figure typed on the item
 * (its year's actual) where the as-of date is today or later, or the year is over, since that
 * figure is as current as anything known; otherwise there is none.
 */
record PaceFacts(FiscalYear year, LocalDate asOf, LocalDate today, PaceThresholds thresholds,
                 Map<Long, BigDecimal> countedToDate, Map<Long, Map<Month, BigDecimal>> countedMonths,
                 Map<Long, Map<Month, BigDecimal>> countedLastYear, Map<Long, BigDecimal> reportedToDate,
                 Map<Long, Map<Month, BigDecimal>> reportedMonths, Map<Long, Map<Month, BigDecimal>> reportedLastYear,
                 Map<Long, MonthlyPlan> plans, Map<Long, StatusOverride> overrides) {

    boolean counted(TargetRow row) {
        return countedToDate.containsKey(row.itemId());
    }

    ProfileSource source(TargetRow row) {
        if (plans.containsKey(row.itemYearId())) {
            return ProfileSource.PLAN;
        }
        return lastYearProfile(row).isEmpty() ? ProfileSource.EVEN : ProfileSource.LAST_YEAR;
    }

    MonthlyProfile profile(TargetRow row) {
        return switch (source(row)) {
            case PLAN -> plans.get(row.itemYearId()).profile();
            case LAST_YEAR -> lastYearProfile(row);
            case EVEN -> MonthlyProfile.even();
        };
    }

    /** Last year's counted months where they add up to something, else its reported running totals. */
    MonthlyProfile lastYearProfile(TargetRow row) {
        MonthlyProfile counted = MonthlyProfile.ofMonths(countedLastYear.getOrDefault(row.itemId(), Map.of()));
        return counted.isEmpty()
                ? MonthlyProfile.ofRunningTotals(reportedLastYear.getOrDefault(row.itemId(), Map.of())) : counted;
    }

    BigDecimal actualToDate(TargetRow row) {
        if (counted(row)) {
            return countedToDate.get(row.itemId());
        }
        BigDecimal reported = reportedToDate.get(row.itemId());
        boolean typedIsCurrent = !asOf.isBefore(today) || !asOf.isBefore(year.lastDay());
        return reported != null ? reported : typedIsCurrent ? row.actual() : null;
    }

    ItemPace pace(String areaName, TargetRow row) {
        BigDecimal target = row.target() == null ? null : row.target().value();
        Pace pace = Pace.of(row.target() == null ? TargetComparator.AT_LEAST : row.target().comparator(),
                target, profile(row).shareAt(year, asOf), MonthlyProfile.elapsed(year, asOf), actualToDate(row),
                thresholds);
        return new ItemPace(row.itemYearId(), row.itemId(), areaName, row.name(), row.subItem(), row.target(),
                row.lead(), counted(row), source(row), pace, overrides.get(row.itemYearId()));
    }
}
