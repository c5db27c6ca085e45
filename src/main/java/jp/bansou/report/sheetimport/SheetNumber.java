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
        return value;
    }
}
