package jp.bansou.audit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The fields a change touched, as the audit trail shows them: {@code 目標: 120; 実績: 98} before and
 * {@code 目標: 130; 実績: 101} after. Fields whose value stays the same are left out; numbers are
 * compared by value (120 equals 120.0); an empty value shows as {@code （なし）}.
 */
public record FieldChanges(Map<String, String> beforeValues, Map<String, String> afterValues) {

    static final String NONE = "（なし）";

    public FieldChanges {
        beforeValues = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(beforeValues));
        afterValues = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(afterValues));
    }

    public static FieldChanges none() {
        return new FieldChanges(Map.of(), Map.of());
    }

    /** These changes and the field, when its value differs. */
    public FieldChanges field(String name, Object before, Object after) {
        String b = text(before);
        String a = text(after);
        if (Objects.equals(b, a)) {
            return this;
        }
        Map<String, String> newBefore = new LinkedHashMap<>(beforeValues);
        Map<String, String> newAfter = new LinkedHashMap<>(afterValues);
        newBefore.put(name, b);
        newAfter.put(name, a);
        return new FieldChanges(newBefore, newAfter);
    }

    public boolean isEmpty() {
        return afterValues.isEmpty();
    }

    public String before() {
        return join(beforeValues);
    }

    public String after() {
        return join(afterValues);
    }

    private static String join(Map<String, String> values) {
        return values.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; "));
    }

    private static String text(Object value) {
        if (value == null) {
            return NONE;
        }
        if (value instanceof BigDecimal number) {
            return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
        }
        String text = value.toString().strip();
        return text.isEmpty() ? NONE : text;
    }
}
