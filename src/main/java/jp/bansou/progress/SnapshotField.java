package jp.bansou.progress;

import java.util.Map;

/**
 * A value of the target table kept in a snapshot, by its code: TARGET, ACTUAL, GRADE, FIRST_HALF,
 * SECOND_HALF, or D followed by a district id (that district's share of the actual).
 */
public record SnapshotField(String code) {

    private static final Map<String, String> LABELS = Map.of("TARGET", "目標", "ACTUAL", "実績", "GRADE", "達成状況",
            "FIRST_HALF", "上期", "SECOND_HALF", "下期");

    public SnapshotField {
        if (code == null || !(LABELS.containsKey(code) || code.matches("D\\d+"))) {
            throw new IllegalArgumentException("unknown snapshot field: " + code);
        }
    }

    /** The district of a split value, or null. */
    public Long districtId() {
        return code.startsWith("D") ? Long.valueOf(code.substring(1)) : null;
    }

    /** 目標, 実績 …; 地区別実績（音戸） for a district, named from {@code districtNames}. */
    public String label(Map<Long, String> districtNames) {
        Long district = districtId();
        return district == null ? LABELS.get(code)
                : "地区別実績（" + districtNames.getOrDefault(district, "#" + district) + "）";
    }
}
