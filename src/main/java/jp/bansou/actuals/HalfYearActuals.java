package jp.bansou.actuals;

import java.math.BigDecimal;

/**
 * A counted item's actual by half year, as associations report it: 上期 (April–September) and 下期
 * (October–March). Each half is counted on its own, so a distinct count (businesses) can add up to
 * more than the year's, where a business appears in both halves.
 */
public record HalfYearActuals(BigDecimal firstHalf, BigDecimal secondHalf) {

    public HalfYearActuals {
        if (firstHalf == null || secondHalf == null) {
            throw new IllegalArgumentException("上期と下期の実績は必須です");
        }
    }
}
