package jp.bansou.activity;

import jp.bansou.shared.FiscalYear;

/** How a business's sales (売上高) and gross profit (粗利益) moved in a fiscal year; unknown unless told. */
public record BusinessTrend(FiscalYear year, Trend sales, Trend grossProfit) {

    public BusinessTrend {
        if (year == null) {
            throw new IllegalArgumentException("年度は必須です");
        }
        sales = sales == null ? Trend.UNKNOWN : sales;
        grossProfit = grossProfit == null ? Trend.UNKNOWN : grossProfit;
    }

    public static BusinessTrend unknown(FiscalYear year) {
        return new BusinessTrend(year, Trend.UNKNOWN, Trend.UNKNOWN);
    }
}
