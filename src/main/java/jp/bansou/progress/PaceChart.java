package jp.bansou.progress;

import java.math.BigDecimal;
import java.util.List;

/**
 * The monthly cumulative figures of one item-year, April to March, for the chart: the actual (null
 * after the as-of month, and for a manual item before its first report), the expected by the end
 * of each month, and last year's (null throughout where last year has no monthly figures).
 */
public record PaceChart(long itemYearId, String name, String unit, String year, List<String> months,
                        List<BigDecimal> actual, List<BigDecimal> expected, List<BigDecimal> lastYear) {
}
