package jp.bansou.plan;

import java.math.BigDecimal;
import java.util.Map;

/** The district split of an actual; the sheet's splits often do not add up, which is shown, not refused. */
public final class DistrictSplit {

    private DistrictSplit() {
    }

    /** True when a split is given and its sum differs from the actual total. */
    public static boolean differsFromTotal(Map<Long, BigDecimal> split, BigDecimal actual) {
        if (split.isEmpty() || actual == null) {
            return false;
        }
        return split.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(actual) != 0;
    }
}
