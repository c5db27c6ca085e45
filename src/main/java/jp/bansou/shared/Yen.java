package jp.bansou.shared;

import java.util.Locale;

/**
 * An amount of money in whole yen. Sums are exact {@code long} arithmetic (an overflow throws
 * instead of wrapping); there is no floating point anywhere. Negative amounts exist (a reversal,
 * an overspent line's remainder).
 */
public record Yen(long amount) implements Comparable<Yen> {

    public static final Yen ZERO = new Yen(0);

    public static Yen of(long amount) {
        return new Yen(amount);
    }

    public Yen plus(Yen other) {
        return new Yen(Math.addExact(amount, other.amount));
    }

    public Yen minus(Yen other) {
        return new Yen(Math.subtractExact(amount, other.amount));
    }

    public Yen negate() {
        return new Yen(Math.negateExact(amount));
    }

    public boolean isPositive() {
        return amount > 0;
    }

    public boolean isNegative() {
        return amount < 0;
    }

    public boolean isGreaterThan(Yen other) {
        return amount > other.amount;
    }

    /** 12,345 (with the sign when negative: -12,345). */
    public String digits() {
        return String.format(Locale.ROOT, "%,d", amount);
    }

    /** 12,345円. */
    public String format() {
        return digits() + "円";
    }

    @Override
    public int compareTo(Yen other) {
        return Long.compare(amount, other.amount);
    }

    @Override
    public String toString() {
        return format();
    }
}
