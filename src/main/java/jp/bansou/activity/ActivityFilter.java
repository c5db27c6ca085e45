package jp.bansou.activity;

import jp.bansou.shared.FiscalYear;

/**
 * The activity list's filters; null means any. {@code month} is 1–12 within the fiscal year;
 * {@code recordId} narrows the list to one record (the data checks link to a record that way).
 */
public record ActivityFilter(FiscalYear year, Integer month, Long districtId, Long staffId, Long kindId,
                             Long categoryId, String text, Long recordId) {

    public ActivityFilter(FiscalYear year, Integer month, Long districtId, Long staffId, Long kindId, Long categoryId,
                          String text) {
        this(year, month, districtId, staffId, kindId, categoryId, text, null);
    }

    public static ActivityFilter of(FiscalYear year) {
        return new ActivityFilter(year, null, null, null, null, null, null);
    }
}
