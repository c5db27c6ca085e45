package jp.bansou.activity;

import jp.bansou.shared.FiscalYear;

/** The activity list's filters; null means any. {@code month} is 1–12 within the fiscal year. */
public record ActivityFilter(FiscalYear year, Integer month, Long districtId, Long staffId, Long kindId,
                             Long categoryId, String text) {

    public static ActivityFilter of(FiscalYear year) {
        return new ActivityFilter(year, null, null, null, null, null, null);
    }
}
