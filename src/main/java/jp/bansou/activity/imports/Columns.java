package jp.bansou.activity.imports;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.bansou.activity.ImportField;
import jp.bansou.activity.ImportMapping;

/** Where each mapped field sits in the file's rows, found from the header row. */
public final class Columns {

    private final Map<ImportField, Integer> index = new EnumMap<>(ImportField.class);
    private final Map<ImportField, String> headers = new EnumMap<>(ImportField.class);

    private Columns() {
    }

    /** Binds the mapping to the file's headers; a mapped column the file lacks is an error naming both. */
    public static Columns bind(ImportMapping mapping, List<String> fileHeaders, String fileName, ImportErrors errors) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < fileHeaders.size(); i++) {
            String folded = ImportMapping.fold(fileHeaders.get(i));
            if (!folded.isEmpty()) {
                positions.putIfAbsent(folded, i);
            }
        }
        Columns columns = new Columns();
        mapping.columns().forEach((header, field) -> {
            if (field == null) {
                return;
            }
            Integer position = positions.get(ImportMapping.fold(header));
            if (position == null) {
                errors.add(1, header, "ファイル「" + fileName + "」に列「" + header + "」がありません（「"
                        + field.label() + "」に割り当てた列）");
            } else {
                columns.index.put(field, position);
                columns.headers.put(field, fileHeaders.get(position).replace("\uFEFF", "").strip());
            }
        });
        return columns;
    }

    public boolean mapped(ImportField field) {
        return index.containsKey(field);
    }

    /** The cell of the field, stripped; "" when the field is unmapped or the row is short. */
    public String cell(ImportField field, List<String> cells) {
        Integer i = index.get(field);
        return i == null || i >= cells.size() || cells.get(i) == null ? "" : cells.get(i).strip();
    }

    /** The file's header of the field, for error messages; the field's label when it is unmapped. */
    public String header(ImportField field) {
        return headers.getOrDefault(field, field.label());
    }

    public static boolean blank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
