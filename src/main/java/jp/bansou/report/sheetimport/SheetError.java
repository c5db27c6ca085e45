package jp.bansou.report.sheetimport;

import java.io.Serializable;

/**
 * One problem of an uploaded table, where the user finds it: the file (and sheet), the line as Excel
 * numbers it (0 when it concerns the whole file), the column header, and why, in Japanese.
 */
public record SheetError(String source, int line, String column, String reason) implements Serializable {

    /** 「目標管理表.xlsx」シート「令和3年度」12行目「目標」: 数値ではありません（たくさん） */
    public String message() {
        StringBuilder s = new StringBuilder(source);
        if (line > 0) {
            s.append(' ').append(line).append("行目");
        }
        if (column != null && !column.isBlank()) {
            s.append("「").append(column).append("」");
        }
        return s.append(": ").append(reason).toString();
    }
}
