package jp.bansou.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A rate as a percentage, rounded HALF_UP to a stated number of decimals: shares and the
 * organisation rate to 0.1% (186 / 1,146 = 16.2%), five-year progress to whole percent
 * (69 / 40 = 172.5% → 173%), as the association's sheet prints them.
 */
public record Percentage(BigDecimal value) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Percentage {
        if (value == null) {
            throw new IllegalArgumentException("value is required");
        }
    }

    /** part ÷ whole × 100, rounded HALF_UP to {@code decimals}; empty when whole is zero. */
    public static java.util.Optional<Percentage> of(BigDecimal part, BigDecimal whole, int decimals) {
        if (whole == null || part == null || whole.signum() == 0) {
            return java.util.Optional.empty();
        }
        BigDecimal rate = part.multiply(HUNDRED).divide(whole, decimals, RoundingMode.HALF_UP);
        return java.util.Optional.of(new Percentage(rate));
    }

    public static java.util.Optional<Percentage> of(long part, long whole, int decimals) {
        return of(BigDecimal.valueOf(part), BigDecimal.valueOf(whole), decimals);
    }

    /** 16.2%, 173%. */
    public String format() {
        return value.toPlainString() + "%";
    }

    @Override
    public String toString() {
        return format();
    }
}
