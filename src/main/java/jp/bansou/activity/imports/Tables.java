package jp.bansou.activity.imports;

/** Reads a CSV or .xlsx file row by row, whichever it is. */
public final class Tables {

    private Tables() {
    }

    /** The sheets of a workbook; none for a CSV file. */
    public static java.util.List<String> sheetNames(SourceFile file) {
        return file.excel() ? XlsxTable.sheetNames(file) : java.util.List.of();
    }

    public static void read(SourceFile file, RowHandler handler) {
        read(file, handler, jp.bansou.activity.ImportProgress.untracked());
    }

    /** Reads the file, telling {@code progress} how many bytes of a CSV file are read. */
    public static void read(SourceFile file, RowHandler handler, jp.bansou.activity.ImportProgress progress) {
        if (file.excel()) {
            XlsxTable.read(file, handler);
        } else {
            CsvTable.read(file, handler, progress);
        }
    }
}
