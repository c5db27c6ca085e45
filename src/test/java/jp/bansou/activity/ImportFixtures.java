package jp.bansou.activity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The test export of the consultation-record system (経営カルテ) and the profile that reads it. */
final class ImportFixtures {

    static final String PROFILE = "経営カルテ";

    private ImportFixtures() {
    }

    /** src/test/resources/imports/karte-fy2022.csv: four FY2022 records, two of them 巡回相談, one 窓口相談. */
    static String karteCsv() {
        try (InputStream in = ImportFixtures.class.getResourceAsStream("/imports/karte-fy2022.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, ImportField> karteColumns() {
        Map<String, ImportField> columns = new LinkedHashMap<>();
        columns.put("記録ID", ImportField.RECORD_ID);
        columns.put("相談日", ImportField.DATE);
        columns.put("相談区分", ImportField.KIND);
        columns.put("事業所名", ImportField.BUSINESS);
        columns.put("会員番号", ImportField.MEMBER_NUMBER);
        columns.put("地区", ImportField.DISTRICT);
        columns.put("担当者", ImportField.STAFF);
        columns.put("支援内容", ImportField.CATEGORIES);
        columns.put("相談時間（分）", ImportField.MINUTES);
        columns.put("参加者数", ImportField.PARTICIPANTS);
        columns.put("備考", ImportField.NOTE);
        return columns;
    }

    static List<String> karteHeaders() {
        return List.of("記録ID", "相談日", "相談区分", "事業所名", "会員番号", "地区", "担当者", "支援内容", "相談時間（分）",
                "参加者数", "備考");
    }

    /** The same four records as rows of a workbook: dates as date cells, numbers as numbers. */
    static List<List<Object>> karteWorkbookRows() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(karteHeaders()));
        rows.add(Arrays.asList("K-0001", LocalDate.of(2022, 5, 10), "巡回相談", "株式会社テスト商店", "T-001", "音戸",
                "佐々木・河本", "財務分析、事業計画策定", 60, null, "売上, 原価を確認"));
        rows.add(Arrays.asList("K-0002", LocalDate.of(2022, 6, 1), "巡回相談", "㈲呉港水産", null, "倉橋", "藤本", null,
                30, null, "資金繰り\r\n来月再訪"));
        rows.add(Arrays.asList("K-0003", "2022-07-15", "窓口相談", null, "T-001", null, "佐々木", "金融", 45, null, "=1+1"));
        rows.add(Arrays.asList("K-0004", "R4.8.1", "セミナー開催", null, null, "本所", "井川;古川", "人材育成", 120, 15, null));
        return rows;
    }

    /** A CSV with the karte headers and the given data lines. */
    static String csv(String... lines) {
        return String.join(",", karteHeaders()) + "\r\n" + String.join("\r\n", lines) + "\r\n";
    }
}
