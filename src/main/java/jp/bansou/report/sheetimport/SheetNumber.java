package jp.bansou.report.sheetimport;

import java.math.BigDecimal;
import java.text.Normalizer;

/**
 * Numbers as a sheet shows them: 3,035 · ３０３５ · 34.5 (full-width digits and thousands separators
 * allowed); blank is no number.
 */
final class SheetNumber {

    private SheetNumber() {
    }

    /** Half-width, without thousands separators, stripped. */
    static String normalise(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).replace(",", "").strip();
    }

    /** The number, null when blank; {@link IllegalArgumentException} with the reason otherwise. */
    static BigDecimal parse(String text) {
        String t = normalise(text);
        if (t.isEmpty()) {
            return null;
        }
        if (!t.matches("-?\\d+(\\.\\d+)?")) {
            throw new IllegalArgumentException("数値ではありません（" + text.strip() + "）");
        }
        BigDecimal value = new BigDecimal(t);
        if (value.signum() < 0) {
            throw new IllegalArgumentException("0以上の数値を入力してください（" + text.strip() + "）");
        }
        return stored(value, text);
    }

    /**
     * The value as the table stores it (13 digits, one decimal place), or {@link IllegalArgumentException}
     * naming the text when it does not fit, rather than a failed write or a silently rounded figure.
     */
    static BigDecimal stored(BigDecimal value, String text) {
        if (value.stripTrailingZeros().scale() > 1) {
            throw new IllegalArgumentException("小数は1桁までです（" + text.strip() + "）");
        }
        if (value.precision() - value.scale() > 13) {
            throw new IllegalArgumentException("数値が大きすぎます（" + text.strip() + "。9999999999999.9 まで）");
        }
        return value;
    }
}
