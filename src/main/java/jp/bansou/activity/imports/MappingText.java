package jp.bansou.activity.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.bansou.activity.ImportField;
import jp.bansou.activity.ImportMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * A mapping as JSON, the way profiles store it and the API takes it:
 * {@code {"columns": {"相談日": "date"}, "staff": {"佐々木 太郎": "佐々木"}, "districts": {}}}.
 */
public final class MappingText {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MappingText() {
    }

    public static String write(ImportMapping mapping) {
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, String> columns = new LinkedHashMap<>();
        mapping.columns().forEach((header, field) -> columns.put(header, field.key()));
        json.put("columns", columns);
        json.put("staff", mapping.staffNames());
        json.put("districts", mapping.districtNames());
        return JSON.writeValueAsString(json);
    }

    public static ImportMapping read(String text) {
        return fromJson(JSON.readValue(text, Map.class), new java.util.ArrayList<>());
    }

    /**
     * A mapping from parsed JSON: either the stored form above, or a flat object of header → field
     * with the optional {@code staff} and {@code districts} objects beside. Unknown fields go to {@code problems}.
     */
    public static ImportMapping fromJson(Map<?, ?> json, List<String> problems) {
        Object nested = json.get("columns");
        Map<?, ?> columns = nested instanceof Map<?, ?> map ? map : json;
        Map<String, ImportField> fields = new LinkedHashMap<>();
        columns.forEach((header, key) -> {
            if (key instanceof String name) {
                ImportField.ofKey(name).ifPresentOrElse(f -> fields.put(header.toString(), f),
                        () -> problems.add("列「" + header + "」の項目「" + name + "」はありません（使える項目: "
                                + String.join(", ", java.util.Arrays.stream(ImportField.values())
                                .map(ImportField::key).toList()) + "）"));
            }
        });
        return new ImportMapping(fields, names(json.get("staff")), names(json.get("districts")));
    }

    private static Map<String, String> names(Object value) {
        Map<String, String> names = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (v != null && !v.toString().isBlank()) {
                    names.put(k.toString(), v.toString());
                }
            });
        }
        return names;
    }
}
