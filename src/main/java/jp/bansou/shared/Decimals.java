package jp.bansou.shared;

import java.math.BigDecimal;

/** Decimal figures as people write them: 123 not 123.0, 34.5 stays 34.5. */
public final class Decimals {

    private Decimals() {
    }

    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
