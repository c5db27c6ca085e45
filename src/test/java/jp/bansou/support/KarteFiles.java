package jp.bansou.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.bansou.activity.ActivityImports;
import jp.bansou.activity.ImportField;
import jp.bansou.activity.ImportMapping;

/**
 * Small consultation-record exports for tests outside the activity module: a profile named
 * {@link #PROFILE} over six columns (記録ID, 相談日, 相談区分, 事業所名, 地区, 担当者) and CSV files of rows.
 */
public final class KarteFiles {

    public static final String PROFILE = "点検用カルテ";
    private static final List<String> HEADERS = List.of("記録ID", "相談日", "相談区分", "事業所名", "地区", "担当者");

    private KarteFiles() {
    }

    public static void saveProfile(ActivityImports imports, long associationId) {
        Map<String, ImportField> columns = new LinkedHashMap<>();
        columns.put("記録ID", ImportField.RECORD_ID);
        columns.put("相談日", ImportField.DATE);
        columns.put("相談区分", ImportField.KIND);
        columns.put("事業所名", ImportField.BUSINESS);
        columns.put("地区", ImportField.DISTRICT);
        columns.put("担当者", ImportField.STAFF);
        imports.saveProfile(associationId, PROFILE, ImportMapping.of(columns), HEADERS, "admin");
    }

    /** A 巡回相談 row by 河本 about a business in 音戸. */
    public static String visit(String recordId, String date, String business) {
        return String.join(",", recordId, date, "巡回相談", business, "音戸", "河本");
    }

    /** A UTF-8 CSV with the profile's headers and the rows, written into {@code dir}. */
    public static Path csv(Path dir, String name, String... rows) {
        try {
            return Files.writeString(dir.resolve(name),
                    String.join(",", HEADERS) + "\r\n" + String.join("\r\n", rows) + "\r\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
