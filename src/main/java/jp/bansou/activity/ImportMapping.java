package jp.bansou.activity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a file's columns become a record's fields: {@code columns} maps a file header to a field;
 * {@code staffNames} and {@code districtNames} map names the file uses to the names registered in
 * Bansō (so 佐々木 太郎 can stand for 佐々木). Headers and names match after folding full and half
 * width and dropping spaces.
 */
public record ImportMapping(Map<String, ImportField> columns, Map<String, String> staffNames,
                            Map<String, String> districtNames) {

    public ImportMapping {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns == null ? Map.of() : columns));
        staffNames = Collections.unmodifiableMap(new LinkedHashMap<>(staffNames == null ? Map.of() : staffNames));
        districtNames = Collections.unmodifiableMap(
                new LinkedHashMap<>(districtNames == null ? Map.of() : districtNames));
    }

    public static ImportMapping of(Map<String, ImportField> columns) {
        return new ImportMapping(columns, Map.of(), Map.of());
    }

    /** What keeps the mapping from being used: date and kind unmapped, a field mapped twice. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Map<ImportField, String> seen = new EnumMap<>(ImportField.class);
        columns.forEach((header, field) -> {
            if (field != null && seen.putIfAbsent(field, header) != null) {
                problems.add("項目「" + field.label() + "」に列「" + seen.get(field) + "」と「" + header
                        + "」の両方が割り当てられています");
            }
        });
        for (ImportField required : List.of(ImportField.DATE, ImportField.KIND)) {
            if (!seen.containsKey(required)) {
                problems.add("項目「" + required.label() + "」に割り当てた列がありません");
            }
        }
        return problems;
    }

    /** The file header mapped to the field, as the mapping spells it. */
    public Optional<String> headerOf(ImportField field) {
        return columns.entrySet().stream().filter(e -> e.getValue() == field).map(Map.Entry::getKey).findFirst();
    }

    /** The form names and headers are compared in: NFKC, spaces removed. */
    public static String fold(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace("\uFEFF", "").replaceAll("\\s+", "");
    }
}
