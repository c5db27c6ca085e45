package jp.bansou.activity.imports;

/** Reads a CSV or .xlsx file row by row, whichever it is. */
public final class Tables {

    private Tables() {
    }

    public static void read(SourceFile file, RowHandler handler) {
        if (file.excel()) {
            XlsxTable.read(file, handler);
        } else {
            CsvTable.read(file, handler);
        }
    }
}
