package jp.bansou.report.sheetimport;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Comparator;
import jp.bansou.plan.ItemUnit;
import jp.bansou.plan.TargetComparator;

/**
 * A target as the sheet writes it, a number, then a unit, then 以上 / 以下 / 〜 (3,600件以上 · 108件 ·
 * 34.5点以上 · 1): what the exported number format shows, or what a person typed.
 *
 * @param unit null where the cell gives none
 */
record TargetText(BigDecimal value, ItemUnit unit, TargetComparator comparator) implements Serializable {

    /** Null when blank; {@link IllegalArgumentException} naming what cannot be read. */
    static TargetText parse(String text) {
        String t = SheetNumber.normalise(text).replace(" ", "");
        if (t.isEmpty()) {
            return null;
        }
        String digits = t.replaceFirst("(?s)^([0-9]+(\\.[0-9]+)?).*$", "$1"); // (?s): a line break in the cell too
        if (!t.matches("(?s)[0-9].*")) { // ASCII only: Character.isDigit also takes digits BigDecimal refuses (٣)
            throw new IllegalArgumentException("目標が数値ではありません（" + text.strip() + "）");
        }
        String rest = t.substring(digits.length());
        ItemUnit unit = ItemUnit.labels().stream().sorted(Comparator.comparing(String::length).reversed())
                .filter(rest::startsWith).findFirst().map(ItemUnit::ofLabel).orElse(null);
        String suffix = unit == null ? rest : rest.substring(unit.label().length());
        if (!suffix.isEmpty() && !suffix.matches("以上|以下|[〜~～]")) {
            throw new IllegalArgumentException(unit == null && !suffix.startsWith("以")
                    ? "目標の単位「" + suffix + "」は使えません（使える単位: " + String.join("・", ItemUnit.labels()) + "）"
                    : "目標の「" + suffix + "」は読めません（以上・以下・〜のいずれかです）");
        }
        return new TargetText(SheetNumber.stored(new BigDecimal(digits), text), unit, suffix.isEmpty() ? TargetComparator.EXACT
                : TargetComparator.fromSheetText(suffix));
    }
}
