package jp.bansou.report.sheetimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.bansou.report.SheetLabels;

/**
 * Where the columns are, found by their headers (Japanese or English, as either export writes
 * them): 事業, 項目別事項, 目標, 達成状況, 実績, the districts between 実績 and 確認者, then 確認者, 主担当,
 * 副担当 and, optionally, 備考. The exported sheet puts the district names in a second header row
 * under 地区別実績; the CSV template puts them in the one header row.
 */
record SheetHeader(SheetLabels labels, int area, int item, int target, int grade, int actual, int reviewer,
                   int lead, int deputies, int note, List<String> districts, int firstDataIndex) {

    static final int SEARCHED_ROWS = 20;

    /** The header in the first rows, or empty when none has 事業 and 項目別事項. */
    static Optional<SheetHeader> find(List<RawRow> rows, List<SheetLabels> languages) {
        for (int r = 0; r < Math.min(rows.size(), SEARCHED_ROWS); r++) {
            for (SheetLabels labels : languages) {
                RawRow row = rows.get(r);
                if (row.cells().contains(labels.area()) && row.cells().contains(labels.item())) {
                    return Optional.of(of(rows, r, labels));
                }
            }
        }
        return Optional.empty();
    }

    private static SheetHeader of(List<RawRow> rows, int index, SheetLabels labels) {
        RawRow top = rows.get(index);
        int actual = top.cells().indexOf(labels.actual());
        int reviewer = top.cells().indexOf(labels.reviewer());
        RawRow below = index + 1 < rows.size() ? rows.get(index + 1) : null;
        boolean twoRows = below != null && below.cell(top.cells().indexOf(labels.item())).isEmpty()
                && actual >= 0 && reviewer > actual && !below.blankBetween(actual + 1, reviewer - 1);
        RawRow names = twoRows ? below : top;
        List<String> districts = new ArrayList<>();
        for (int c = actual + 1; actual >= 0 && c < reviewer; c++) {
            districts.add(names.cell(c));
        }
        return new SheetHeader(labels, top.cells().indexOf(labels.area()), top.cells().indexOf(labels.item()),
                top.cells().indexOf(labels.target()), top.cells().indexOf(labels.grade()), actual, reviewer,
                top.cells().indexOf(labels.lead()), top.cells().indexOf(labels.deputies()),
                top.cells().indexOf(labels.note()), List.copyOf(districts), index + (twoRows ? 2 : 1));
    }

    /** The headers the file lacks, by name; empty when every required column is there. */
    List<String> missing() {
        List<String> missing = new ArrayList<>();
        check(missing, target, labels.target());
        check(missing, grade, labels.grade());
        check(missing, actual, labels.actual());
        check(missing, reviewer, labels.reviewer());
        check(missing, lead, labels.lead());
        check(missing, deputies, labels.deputies());
        if (actual >= 0 && reviewer >= 0 && reviewer < actual) {
            missing.add(labels.reviewer() + "（" + labels.actual() + "より右）");
        }
        return missing;
    }

    int district(int index) {
        return actual + 1 + index;
    }

    private static void check(List<String> missing, int column, String label) {
        if (column < 0) {
            missing.add(label);
        }
    }
}
