package jp.bansou.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import jp.bansou.activity.ActivityImports;
import jp.bansou.activity.ImportCheck;
import jp.bansou.activity.ImportError;
import jp.bansou.activity.ImportField;
import jp.bansou.activity.ImportMapping;
import jp.bansou.activity.ImportPreview;
import jp.bansou.activity.ImportRequest;
import jp.bansou.activity.ImportResult;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.report.sheetimport.SheetError;
import jp.bansou.report.sheetimport.SheetImportException;
import jp.bansou.report.sheetimport.SheetImportService;
import jp.bansou.support.DatabaseDump;
import jp.bansou.support.HostileFiles;
import jp.bansou.support.LoggedIn;
import jp.bansou.shared.FiscalYear;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The crafted corpus (src/test/resources/hostile/ and {@link HostileFiles}) against both imports,
 * on H2 and PostgreSQL (the subclasses): the activity-record import (check, preview and import) and
 * the target-table import each refuse every file with a Japanese message naming the file (and the
 * line and column where there is one), within a generous hang guard, and every table of the
 * database is exactly as before. Not transactional: the imports commit or roll back as in production.
 */
abstract class HostileImportsContract {

    static final String KARTE_HEADER = "記録ID,相談日,相談区分,事業所名,会員番号,地区,担当者,支援内容,相談時間（分）,参加者数,備考";
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    /** A crafted file, and what each import must say about it (besides naming the file). */
    record Case(String name, Function<Path, Path> file, String activitySays, String sheetSays) {
        @Override
        public String toString() {
            return name;
        }
    }

    @TempDir static Path dir;
    static Map<String, Path> files;

    @Autowired ActivityImports activities;
    @Autowired SheetImportService sheets;
    @Autowired OrganizationQueries organization;
    @Autowired DataSource dataSource;
    @Autowired org.springframework.security.core.userdetails.UserDetailsService users;

    long association;

    static Stream<Case> corpus() {
        return Stream.of(
                resource("empty.csv", "ファイルが空です: empty.csv", "ファイルが空です"),
                resource("header-only.csv", "見出し行だけです", "見出しの行"),
                resource("unbalanced-quotes.csv", "引用符の閉じ忘れ", "引用符の閉じ忘れ"),
                resource("stray-quote.csv", "2行目「相談時間（分）」", "見出しの行"),
                resource("control-chars.csv", "2行目「相談区分」", "見出しの行"),
                resource("bad-dates.csv", "2行目「相談日」: 日付として読めません: 令和元年13月1日", "見出しの行"),
                resource("numbers.csv", "2行目「相談時間（分）」", "見出しの行"),
                resource("formulas.csv", "2行目「相談日」: 日付として読めません: =cmd|' /C calc'!A0", "見出しの行"),
                resource("utf16-bom.csv", "文字コード", "文字コード"),
                resource("utf16be-bom.csv", "文字コード", "文字コード"),
                resource("mixed-encodings.csv", "mixed-encodings.csv", "mixed-encodings.csv"),
                resource("shift_jis-bad-row.csv", "2行目「相談日」: 日付として読めません: 令和元年13月1日", "見出しの行"),
                resource("really-csv.xlsx", "Excel ファイル（.xlsx）として読めません", "CSV テンプレート（.csv）でもありません"),
                resource("old-excel.xls", "（.xls）には対応していません", "古い Excel 形式"),
                resource("random-bytes.csv", "random-bytes.csv", "random-bytes.csv"),
                resource("truncated.xlsx", "Excel ファイル（.xlsx）として読めません", "として読めません"),
                generated("huge-cell.csv", d -> HostileFiles.csvWithHugeCell(d, "huge-cell.csv", KARTE_HEADER, 1),
                        "1行が長すぎます", "セルの文字数が多すぎます"),
                generated("columns-10000.csv", d -> HostileFiles.csvWithColumns(d, "columns-10000.csv", 10_000),
                        "列が多すぎます", "列が多すぎます"),
                generated("zip-bomb.xlsx", d -> HostileFiles.zipBomb(d, "zip-bomb.xlsx", List.of(KARTE_HEADER.split(","))),
                        "展開すると大きすぎる", "展開すると大きすぎる"),
                xmlBomb("xl/worksheets/sheet1.xml", "sheet"),
                xmlBomb("xl/sharedStrings.xml", "strings"),
                xmlBomb("xl/workbook.xml", "workbook"),
                xmlBomb("[Content_Types].xml", "content-types"),
                generated("formulas.xlsx", d -> HostileFiles.formulaWorkbook(d, "formulas.xlsx", List.of(
                        List.of(KARTE_HEADER.split(",")),
                        List.of("F-1", "=cmd|' /C calc'!A0", "巡回相談", "数式商店", "F-1", "音戸", "佐々木", "", "60", "", ""),
                        List.of("F-2", "2022/5/10", "+1+1", "数式商店", "F-1", "音戸", "@SUM(A1:A9)", "", "-2+3", "", ""))),
                        "2行目「相談日」: 日付として読めません: =cmd|' /C calc'!A0", "見出しの行"),
                generated("huge-cell.xlsx", d -> HostileFiles.workbook(d, "huge-cell.xlsx", List.of(
                        List.of(KARTE_HEADER.split(",")), List.of("K-1", HostileFiles.kanji(1 << 20)))),
                        "2行目「B2」: セルの文字数が多すぎます", "セルの文字数が多すぎます"),
                generated("columns-10000.xlsx", d -> HostileFiles.workbook(d, "columns-10000.xlsx", List.of(
                        IntStream.range(0, 10_000).mapToObj(i -> "見出し" + i).toList())),
                        "1行目: 列が多すぎます", "列が多すぎます"),
                generated("really-xlsx.csv", d -> HostileFiles.workbook(d, "really-xlsx.csv",
                        List.of(List.of(KARTE_HEADER.split(",")))), "見出し行だけです", "見出しの行"));
    }

    private static Case resource(String name, String activitySays, String sheetSays) {
        return new Case(name, d -> HostileFiles.resource(d, name), activitySays, sheetSays);
    }

    private static Case generated(String name, Function<Path, Path> file, String activitySays, String sheetSays) {
        return new Case(name, file, activitySays, sheetSays);
    }

    private static Case xmlBomb(String part, String label) {
        String name = "xml-bomb-" + label + ".xlsx";
        return new Case(name, d -> HostileFiles.xmlBomb(d, name, part), "として読めません", "として読めません");
    }

    @BeforeAll
    static void makeTheFiles() {
        files = Collections.synchronizedMap(new LinkedHashMap<>());
        corpus().forEach(c -> files.put(c.name(), c.file().apply(dir)));
    }

    @BeforeEach
    void findTheAssociation() {
        association = organization.associationIdByCode("kure-koiki").orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyImportRefusesTheFileNamingItAndChangesNothing(Case hostile) {
        Path file = files.get(hostile.name());
        DatabaseDump before = DatabaseDump.of(dataSource);

        assertTimeoutPreemptively(HANG_GUARD, () -> {
            assertActivityImportRefuses(hostile, file);
            assertSheetImportRefuses(hostile, file);
        });

        before.assertUnchanged(DatabaseDump.of(dataSource), hostile.name());
    }

    @Test
    void theTargetTableImportRefusesHostileRowsNamingLineAndColumnAndWritesNothing() throws Exception {
        String csv = "\uFEFF事業,項目別事項,目標,達成状況,実績,本所,確認者,主担当,副担当,備考\r\n"
                + "=cmd|' /C calc'!A0,財務分析数,99999999999999999999件,,5,5,佐々木,河本,,\r\n"
                + "経営状況分析,\u0007項目,10件,,-5,,佐々木,河本,,\r\n"
                + "経営状況分析,小数,10.25件,,1.5,,佐々木,河本,,\"各指導員9名×99999999999999999件 = 1件\"\r\n";
        DatabaseDump before = DatabaseDump.of(dataSource);
        byte[] bytes = csv.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        SheetImportException refused = catchThrowableOfType(SheetImportException.class,
                () -> sheets.read("目標管理表.csv", bytes.length, new java.io.ByteArrayInputStream(bytes)));

        assertThat(refused.errors()).extracting(SheetError::message).contains(
                "「目標管理表.csv」 2行目「目標」: 数値が大きすぎます（99999999999999999999件。9999999999999.9 まで）",
                "「目標管理表.csv」 3行目「実績」: 0以上の数値を入力してください（-5）",
                "「目標管理表.csv」 4行目「目標」: 小数は1桁までです（10.25件）");
        assertThat(refused.errors()).extracting(SheetError::message)
                .anySatisfy(m -> assertThat(m).startsWith("「目標管理表.csv」 4行目「備考」: 数値が大きすぎます"));
        before.assertUnchanged(DatabaseDump.of(dataSource), "the hostile target table");
    }

    @Test
    void confirmingATableWithFormulaNamesIsRefusedAndWritesNothing() throws Exception {
        String csv = "事業,項目別事項,目標,達成状況,実績,本所,確認者,主担当,副担当,備考\r\n"
                + "@SUM(A1),=HYPERLINK(\"http://evil.example\"),10件,,5,5,=cmd|' /C calc'!A0,+河本,-藤本,\r\n";
        byte[] bytes = csv.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var table = sheets.read("数式.csv", bytes.length, new java.io.ByteArrayInputStream(bytes));
        DatabaseDump before = DatabaseDump.of(dataSource);
        BansouUser admin = new LoggedIn(users).as("admin");
        try {
            SheetImportException refused = catchThrowableOfType(SheetImportException.class,
                    () -> sheets.confirm(admin, FiscalYear.of(2030), table, jp.bansou.report.sheetimport.ImportMapping.none()));
            assertThat(refused.errors()).extracting(SheetError::message)
                    .anySatisfy(m -> assertThat(m).contains("=cmd|' /C calc'!A0"));
        } finally {
            LoggedIn.logOut();
        }
        before.assertUnchanged(DatabaseDump.of(dataSource), "confirming the formula table");
    }

    private void assertActivityImportRefuses(Case hostile, Path file) {
        ImportRequest request = new ImportRequest(association, "admin", file, hostile.name(), null, null, null, null,
                karteMapping());
        ImportResult result = activities.importFile(request);
        assertThat(result.outcome()).as(hostile.name() + ": " + result.errors()).isEqualTo(ImportResult.Outcome.REJECTED);
        assertClear(hostile, texts(result.errors()), hostile.activitySays());

        ImportCheck check = activities.check(request);
        assertThat(check.errorCount()).as(hostile.name()).isPositive();
        assertClear(hostile, texts(check.errors()), hostile.activitySays());

        ImportPreview preview = activities.preview(association, file, hostile.name(), null, null);
        List<String> previewErrors = texts(preview.errors());
        assertThat(previewErrors).as("preview of " + hostile.name())
                .allSatisfy(text -> assertThat(text).matches(HostileImportsContract::japanese));
    }

    private void assertSheetImportRefuses(Case hostile, Path file) {
        SheetImportException refused = catchThrowableOfType(SheetImportException.class, () -> {
            try (InputStream in = Files.newInputStream(file)) {
                sheets.read(hostile.name(), Files.size(file), in);
            }
        });
        assertThat(refused).as("the target-table import of " + hostile.name()).isNotNull();
        List<String> messages = refused.errors().stream().map(SheetError::message).toList();
        assertThat(messages).as(hostile.name()).isNotEmpty()
                .allSatisfy(m -> assertThat(m).contains("「" + hostile.name() + "」").matches(HostileImportsContract::japanese));
        assertThat(String.join("\n", messages)).as(hostile.name()).contains(hostile.sheetSays());
    }

    /** Every message in Japanese, the file named in the first, and the expected reason among them. */
    private static void assertClear(Case hostile, List<String> texts, String says) {
        assertThat(texts).as(hostile.name()).isNotEmpty().allSatisfy(t -> assertThat(t).matches(HostileImportsContract::japanese));
        assertThat(texts.get(0)).as(hostile.name()).satisfiesAnyOf(
                t -> assertThat(t).contains(hostile.name()), t -> assertThat(t).matches("\\d+行目.*"));
        assertThat(String.join("\n", texts)).as(hostile.name()).contains(says);
    }

    static boolean japanese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA);
    }

    static List<String> texts(List<ImportError> errors) {
        return errors.stream().map(ImportError::text).toList();
    }

    static ImportMapping karteMapping() {
        Map<String, ImportField> columns = new LinkedHashMap<>();
        List<ImportField> fields = List.of(ImportField.RECORD_ID, ImportField.DATE, ImportField.KIND, ImportField.BUSINESS,
                ImportField.MEMBER_NUMBER, ImportField.DISTRICT, ImportField.STAFF, ImportField.CATEGORIES,
                ImportField.MINUTES, ImportField.PARTICIPANTS, ImportField.NOTE);
        String[] headers = KARTE_HEADER.split(",");
        for (int i = 0; i < headers.length; i++) {
            columns.put(headers[i], fields.get(i));
        }
        return ImportMapping.of(columns);
    }
}
