package jp.bansou.activity.imports;

import java.util.ArrayList;
import java.util.List;

/** Reads a table's header and its first few non-blank rows, then stops. */
public final class FirstRows implements RowHandler {

    private final int limit;
    private final List<String> header = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();

    private FirstRows(int limit) {
        this.limit = limit;
    }

    public static FirstRows of(SourceFile file, int limit) {
        FirstRows first = new FirstRows(limit);
        Tables.read(file, first);
        return first;
    }

    @Override
    public boolean header(List<String> names) {
        names.forEach(name -> header.add(name.replace("\uFEFF", "").strip()));
        return limit > 0;
    }

    @Override
    public boolean row(int line, List<String> cells) {
        if (!Columns.blank(cells)) {
            rows.add(List.copyOf(cells));
        }
        return rows.size() < limit;
    }

    public List<String> header() {
        return List.copyOf(header);
    }

    public List<List<String>> rows() {
        return List.copyOf(rows);
    }
}
