package jp.bansou.actuals;

import jp.bansou.activity.CountSpec;
import jp.bansou.shared.FiscalYear;

/**
 * How an item's actual is counted from records, from a fiscal year on (earlier years keep the
 * figures entered by hand, as the seed's FY2021 does).
 */
public record CountingRule(long itemId, CountSpec spec, FiscalYear from) {

    public CountingRule {
        if (spec == null || from == null) {
            throw new IllegalArgumentException("集計ルールが不完全です");
        }
    }

    public boolean appliesTo(FiscalYear year) {
        return year.compareTo(from) >= 0;
    }
}
