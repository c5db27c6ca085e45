package jp.bansou.report.sheetimport;

import java.util.List;
import jp.bansou.report.sheetimport.PlannedItem.Action;

/**
 * What confirming would do, for the preview page: every row's plan, the problems that block it, the
 * warnings that do not, the names still to map, and how many of the year's items the file leaves alone.
 */
public record ImportPreview(String fileName, List<PlannedItem> rows, List<SheetError> errors, List<String> warnings,
                            List<String> unknownDistricts, List<String> unknownHolders, int untouched) {

    public boolean ready() {
        return errors.isEmpty();
    }

    public long newAreas() {
        return rows.stream().filter(PlannedItem::newArea).map(PlannedItem::areaName).distinct().count();
    }

    public long count(Action action) {
        return rows.stream().filter(r -> r.action() == action).count();
    }

    public long created() {
        return count(Action.CREATE_ITEM);
    }

    public long yearsAdded() {
        return count(Action.ADD_YEAR);
    }

    public long updated() {
        return count(Action.UPDATE);
    }

    /** 事業 新規 2、項目 新規 40、年度追加 3、更新 20: the counts the audit entry keeps. */
    public String summary() {
        return "事業 新規 " + newAreas() + "、項目 新規 " + created() + "、年度追加 " + yearsAdded() + "、更新 " + updated()
                + "（ファイルにない項目 " + untouched + " はそのまま）";
    }
}
