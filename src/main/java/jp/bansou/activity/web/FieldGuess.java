package jp.bansou.activity.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.bansou.activity.ImportField;
import jp.bansou.activity.ImportMapping;

/** A first guess of a header's field from the words consultation systems use, when no profile matches. */
final class FieldGuess {

    private static final Map<String, ImportField> WORDS = new LinkedHashMap<>();

    static {
        words(ImportField.RECORD_ID, "記録ID", "記録番号", "相談ID", "ID", "No");
        words(ImportField.DATE, "日付", "相談日", "実施日", "年月日", "対応日", "支援日");
        words(ImportField.KIND, "活動種別", "相談区分", "種別", "区分", "支援方法", "相談方法");
        words(ImportField.BUSINESS, "事業所名", "事業者名", "企業名", "会社名", "屋号");
        words(ImportField.MEMBER_NUMBER, "会員番号", "会員No", "事業所番号");
        words(ImportField.DISTRICT, "地区", "支所", "地域");
        words(ImportField.STAFF, "担当職員", "担当者", "担当", "指導員", "対応者");
        words(ImportField.CATEGORIES, "支援区分", "支援内容", "相談分野", "分類");
        words(ImportField.MINUTES, "時間(分)", "相談時間", "所要時間", "時間");
        words(ImportField.PARTICIPANTS, "参加者数", "参加人数", "参加者");
        words(ImportField.NOTE, "備考", "メモ", "相談内容", "内容");
    }

    private FieldGuess() {
    }

    private static void words(ImportField field, String... words) {
        for (String word : words) {
            WORDS.put(ImportMapping.fold(word).toLowerCase(java.util.Locale.ROOT), field);
        }
    }

    /** Each header's guessed field (each field at most once, the first header wins). */
    static Map<String, ImportField> guess(List<String> headers) {
        Map<String, ImportField> columns = new LinkedHashMap<>();
        for (String header : headers) {
            ImportField field = WORDS.get(ImportMapping.fold(header).toLowerCase(java.util.Locale.ROOT));
            if (field != null && !columns.containsValue(field)) {
                columns.put(header, field);
            }
        }
        return columns;
    }
}
