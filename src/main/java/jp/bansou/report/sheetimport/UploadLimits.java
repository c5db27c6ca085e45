package jp.bansou.report.sheetimport;

import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * What an uploaded table may hold besides its size ({@link SheetImportService#MAX_BYTES}): at most
 * 1,000 columns and 32,767 characters a cell (Excel's own limit); POI's zip-bomb guards set
 * explicitly, the same as the activity import sets them (they are global to the JVM): a part
 * inflating more than 100-fold or beyond 512 MB, or more than 1,000 parts, is refused unparsed.
 */
final class UploadLimits {

    static final int MAX_COLUMNS = 1_000;
    static final int MAX_CELL_CHARS = 32_767;

    private UploadLimits() {
    }

    static void guardZip() {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(512L * 1024 * 1024);
        ZipSecureFile.setMaxFileCount(1_000);
    }

    /** Refuses a row with too many columns or too long a cell, naming its line and column. */
    static void check(String source, int line, int column, String cell) {
        if (column >= MAX_COLUMNS) {
            throw new SheetImportException(List.of(new SheetError(source, line, null,
                    "列が多すぎます（" + (column + 1) + "列目があります。" + MAX_COLUMNS + "列まで）")));
        }
        if (cell.length() > MAX_CELL_CHARS) {
            throw new SheetImportException(List.of(new SheetError(source, line, (column + 1) + "列目",
                    "セルの文字数が多すぎます（" + cell.length() + "文字。" + MAX_CELL_CHARS + "文字まで）")));
        }
    }
}
