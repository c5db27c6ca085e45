package jp.bansou.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.bansou.plan.AreaBlock;
import jp.bansou.plan.Target;
import jp.bansou.plan.TargetRow;

/**
 * One item's line as the sheet writes it. As on the page, a note with no district split spans the
 * district columns; otherwise the note goes to 備考 with the target's derivation and the five-year
 * progress, one per line.
 *
 * @param name         the item name, うち rows prefixed with the page's うち
 * @param targetFormat the number format showing the target with its unit and comparator (3,600件以上)
 */
record SheetLine(String name, BigDecimal target, String targetFormat, TargetRow row,
                 String spanningNote, String remarks) {

    static SheetLine of(TargetRow row, String ofWhich) {
        String name = row.subItem() ? ofWhich + row.name() : row.name();
        Target target = row.target();
        String spanning = row.hasSplit() ? null : row.note();
        List<String> remarks = new ArrayList<>();
        if (row.hasSplit()) {
            remarks.add(row.note());
        }
        remarks.add(row.derivation());
        remarks.add(row.fiveYearProgress());
        return new SheetLine(name, target == null ? null : target.value(),
                target == null ? null : numberFormat(target.value(), target.unit().label() + target.comparator().suffix()),
                row, spanning, String.join("\n", remarks.stream().filter(Objects::nonNull).toList()));
    }

    /** The area cell: its name, (指針③) below where it serves a guideline, then its sub-heading. */
    static String areaText(AreaBlock area) {
        String text = area.guideline() == null ? area.name() : area.name() + "\n(" + area.guidelineLabel() + ")";
        return area.subHeading() == null ? text : text + "\n" + area.subHeading();
    }

    /** #,##0 for whole numbers, #,##0.0## where there are decimals; a suffix (units) in quotes. */
    static String numberFormat(BigDecimal value, String suffix) {
        String digits = value.stripTrailingZeros().scale() > 0 ? "#,##0.0##" : "#,##0";
        String clean = suffix == null ? "" : suffix.replace("\"", "");
        return clean.isEmpty() ? digits : digits + "\"" + clean + "\"";
    }

    String deputies() {
        return String.join("、", row.deputies());
    }
}
