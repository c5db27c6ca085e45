package jp.bansou.plan;

import java.math.BigDecimal;

/** How an actual is compared with its target: 以上 (at least), exactly, or 以下 (at most). */
public enum TargetComparator {
    AT_LEAST("以上"), EXACT(""), AT_MOST("以下");

    private final String suffix;

    TargetComparator(String suffix) {
        this.suffix = suffix;
    }

    /** The suffix printed after the target: 以上, 以下, or nothing. */
    public String suffix() {
        return suffix;
    }

    /** True when {@code actual} meets {@code target} under this comparator. */
    public boolean isMet(BigDecimal actual, BigDecimal target) {
        int c = actual.compareTo(target);
        return switch (this) {
            case AT_LEAST -> c >= 0;
            case EXACT -> c == 0;
            case AT_MOST -> c <= 0;
        };
    }

    /** Reads the sheet's way of writing it: 以上 or a trailing 〜 mean at least, 以下 at most. */
    public static TargetComparator fromSheetText(String text) {
        String t = text.strip();
        if (t.endsWith("以上") || t.endsWith("〜") || t.endsWith("~") || t.endsWith("～")) {
            return AT_LEAST;
        }
        return t.endsWith("以下") ? AT_MOST : EXACT;
    }
}
