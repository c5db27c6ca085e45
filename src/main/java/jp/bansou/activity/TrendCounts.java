package jp.bansou.activity;

import java.util.EnumMap;
import java.util.Map;

/**
 * Among a set of businesses, how many have each sales trend and each gross-profit trend (a business
 * without a trend for the year counts as unknown, so each map adds up to the set's size).
 */
public record TrendCounts(Map<Trend, Long> sales, Map<Trend, Long> grossProfit) {

    public TrendCounts {
        sales = complete(sales);
        grossProfit = complete(grossProfit);
    }

    public long sales(Trend trend) {
        return sales.get(trend);
    }

    public long grossProfit(Trend trend) {
        return grossProfit.get(trend);
    }

    private static Map<Trend, Long> complete(Map<Trend, Long> counts) {
        Map<Trend, Long> all = new EnumMap<>(Trend.class);
        for (Trend t : Trend.values()) {
            all.put(t, counts == null ? 0L : counts.getOrDefault(t, 0L));
        }
        return java.util.Collections.unmodifiableMap(all);
    }
}
