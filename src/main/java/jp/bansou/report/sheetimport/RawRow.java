package jp.bansou.report.sheetimport;

import java.util.List;

/** A row of the uploaded file: its line as the user sees it, its cells as text ("" where empty). */
record RawRow(int line, List<String> cells) {

    String cell(int column) {
        return column >= 0 && column < cells.size() && cells.get(column) != null ? cells.get(column).strip() : "";
    }

    boolean blank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    boolean blankBetween(int from, int to) {
        for (int c = from; c <= to; c++) {
            if (!cell(c).isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
