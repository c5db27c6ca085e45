package jp.bansou.report.sheetimport;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The user's answers for names the association does not know: a district header → a district id,
 * a staff or group name → a role holder key (s12, g3); {@link #IGNORE} drops the column or the name.
 */
public record ImportMapping(Map<String, String> districts, Map<String, String> holders) implements Serializable {

    public static final String IGNORE = "-";

    public ImportMapping {
        districts = Map.copyOf(districts);
        holders = Map.copyOf(holders);
    }

    public static ImportMapping none() {
        return new ImportMapping(Map.of(), Map.of());
    }

    /** This mapping with the non-blank answers of a form added ({@code district[音戸町]}, {@code holder[佐藤]}). */
    public ImportMapping with(Map<String, String> newDistricts, Map<String, String> newHolders) {
        return new ImportMapping(merged(districts, newDistricts), merged(holders, newHolders));
    }

    private static Map<String, String> merged(Map<String, String> old, Map<String, String> added) {
        Map<String, String> result = new HashMap<>(old);
        added.forEach((name, choice) -> {
            if (choice != null && !choice.isBlank()) {
                result.put(name, choice.strip());
            }
        });
        return result;
    }
}
