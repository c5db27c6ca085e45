package jp.bansou.plan;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** A target: a non-negative value (34.5点 exists), its unit and how the actual is compared with it. */
public record Target(BigDecimal value, ItemUnit unit, TargetComparator comparator) {

    public Target {
        if (value == null || value.signum() < 0) {
            throw new IllegalArgumentException("目標値は0以上で入力してください");
        }
    }

    /** 3,000件以上 · 34.5点以上 · 9件. */
    public String format() {
        return formatNumber(value) + unit.label() + comparator.suffix();
    }

    public boolean isMetBy(BigDecimal actual) {
        return comparator.isMet(actual, value);
    }

    /** Thousands separators; decimals only where there are any (3,600 / 34.5); the same on every server locale. */
    public static String formatNumber(BigDecimal number) {
        return new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(number);
    }
}
