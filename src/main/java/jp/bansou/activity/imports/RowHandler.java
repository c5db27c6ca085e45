package jp.bansou.activity.imports;

import java.util.List;

/** Receives a table row by row, the header first; returning false stops the reading. */
public interface RowHandler {

    boolean header(List<String> names);

    /** A data row; {@code line} is the row as a spreadsheet shows it (the header row is 1). */
    boolean row(int line, List<String> cells);
}
