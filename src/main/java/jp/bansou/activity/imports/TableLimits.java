package jp.bansou.activity.imports;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import jp.bansou.activity.ImportError;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * What an uploaded table may hold, so that a hostile file costs bounded time and memory and is
 * refused with its name and line: a CSV record of at most 100,000 characters (a real one is a few
 * hundred; the note alone may have 2,000), at most 1,000 columns, an .xlsx cell of at most 32,767
 * characters (Excel's own limit). POI's zip-bomb guards are set here rather than trusted as
 * defaults: a part inflating more than 100-fold (after the first 100 KB) or beyond 512 MB, or more
 * than 1,000 parts, is refused before it is parsed (a real sheet of a million rows is about 400 MB).
 */
final class TableLimits {

    static final int MAX_RECORD_CHARS = 100_000;
    static final int MAX_COLUMNS = 1_000;
    static final int MAX_CELL_CHARS = 32_767;
    static final double MIN_INFLATE_RATIO = 0.01;
    static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;
    static final long MAX_ZIP_ENTRIES = 1_000;

    private TableLimits() {
    }

    /** Sets POI's limits (global to the JVM) before a workbook is opened. */
    static void guardZip() {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_ZIP_ENTRIES);
    }

    static ImportFileException tooManyColumns(String fileName, int line, int columns) {
        return new ImportFileException(new ImportError(line, null, "列が多すぎます（" + columns + "列目があります。"
                + MAX_COLUMNS + "列まで）: " + fileName));
    }

    static ImportFileException cellTooLong(String fileName, int line, String column, int length) {
        return new ImportFileException(new ImportError(line, column, "セルの文字数が多すぎます（" + length + "文字。"
                + MAX_CELL_CHARS + "文字まで）: " + fileName));
    }

    static ImportFileException recordTooLong(String fileName, long line) {
        return new ImportFileException(new ImportError((int) line, null, "1行が長すぎます（" + MAX_RECORD_CHARS
                + "文字まで。引用符の閉じ忘れがないかも確認してください）: " + fileName));
    }

    /**
     * Counts the characters the CSV parser pulls since the current record began and fails once they
     * pass {@link #MAX_RECORD_CHARS} (give or take the parser's 8 KB buffer), before a huge cell or an
     * unclosed quote swallowing the rest of the file is held in memory.
     */
    static final class RecordReader extends FilterReader {

        static final class TooLong extends IOException {
            TooLong() {
                super("record too long");
            }
        }

        private long sinceRecord;

        RecordReader(Reader in) {
            super(in);
        }

        void recordRead() {
            sinceRecord = 0;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            count(c < 0 ? 0 : 1);
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws TooLong {
            sinceRecord += n;
            if (sinceRecord > MAX_RECORD_CHARS + 16 * 1024) {
                throw new TooLong();
            }
        }
    }
}
