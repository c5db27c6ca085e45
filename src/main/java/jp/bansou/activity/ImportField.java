package jp.bansou.activity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fields of an activity record a file's column can be mapped to. {@code key} is the name used
 * in profiles and the API; {@code label} is what pages and error messages show.
 */
public enum ImportField {
    DATE("date", "日付"),
    KIND("kind", "活動種別"),
    BUSINESS("business", "事業所名"),
    MEMBER_NUMBER("memberNumber", "会員番号"),
    DISTRICT("district", "地区"),
    STAFF("staff", "担当職員"),
    CATEGORIES("categories", "支援区分"),
    MINUTES("minutes", "時間（分）"),
    PARTICIPANTS("participants", "参加者数"),
    NOTE("note", "備考"),
    RECORD_ID("recordId", "記録ID");

    private final String key;
    private final String label;

    ImportField(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<ImportField> ofKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
