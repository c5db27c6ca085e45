package jp.bansou.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.bansou.activity.imports.Encodings;
import jp.bansou.activity.imports.TestFiles;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.TargetRow;
import jp.bansou.shared.FiscalYear;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Importing the consultation-record system's export, on H2 and on PostgreSQL (the subclasses): the
 * right records stored and counted into the FY2022 actuals, re-imports not double-counting, undo,
 * and every bad input refused with its Japanese message and nothing stored.
 */
@Transactional
abstract class ActivityImportContract {

    static final FiscalYear FY2022 = FiscalYear.of(2022);

    @Autowired ActivityImports imports;
    @Autowired OrganizationQueries organization;
    @Autowired PlanQueries plan;
    @Autowired JdbcClient jdbc;

    @TempDir Path dir;

    long association;
    BigDecimal visitsBefore;
    BigDecimal counterBefore;

    @BeforeEach
    void saveProfileAndNoteTheActuals() {
        association = organization.associationIdByCode("kure-koiki").orElseThrow();
        imports.saveProfile(association, ImportFixtures.PROFILE, ImportMapping.of(ImportFixtures.karteColumns()),
                ImportFixtures.karteHeaders(), "admin");
        visitsBefore = actual("巡回相談件数");
        counterBefore = actual("窓口相談件数");
    }

    BigDecimal actual(String item) {
        return plan.targetTable(association, FY2022).areas().stream().flatMap(a -> a.rows().stream())
                .filter(r -> r.name().equals(item)).map(TargetRow::actual).findFirst().orElseThrow();
    }

    ImportResult importFile(Path file, String encoding, String sheet, FiscalYear year, String profile) {
        return imports.importFile(new ImportRequest(association, "admin", file, file.getFileName().toString(),
                encoding, sheet, year, profile, null));
    }

    ImportResult importFile(Path file) {
        return importFile(file, null, null, null, ImportFixtures.PROFILE);
    }

    Path utf8(String name, String text) {
        return TestFiles.csv(dir, name, StandardCharsets.UTF_8, false, text);
    }

    List<Long> counts() {
        return List.of(count("activity_record"), count("business"), count("import_batch"), count("activity_staff"));
    }

    long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    void assertStoredTheKarteRecords(ImportResult result, String encoding) {
        assertThat(result.outcome()).as(result.errors().toString()).isEqualTo(ImportResult.Outcome.IMPORTED);
        assertThat(result.stored()).isEqualTo(4);
        assertThat(result.skipped()).isZero();
        assertThat(actual("巡回相談件数")).isEqualByComparingTo(visitsBefore.add(BigDecimal.valueOf(2)));
        assertThat(actual("窓口相談件数")).isEqualByComparingTo(counterBefore.add(BigDecimal.ONE));
        ImportBatch batch = imports.batch(association, result.batchId()).orElseThrow();
        assertThat(batch.encoding()).isEqualTo(encoding);
        assertThat(batch.recordCount()).isEqualTo(4);
        assertThat(batch.profileName()).isEqualTo(ImportFixtures.PROFILE);
        List<String> notes = jdbc.sql("SELECT COALESCE(note, '-') FROM activity_record WHERE import_batch_id = ? ORDER BY activity_date")
                .param(result.batchId()).query(String.class).list();
        assertThat(notes).containsExactly("売上, 原価を確認", "資金繰り\r\n来月再訪", "=1+1", "-");
        assertThat(jdbc.sql("""
                SELECT COUNT(DISTINCT r.business_id) FROM activity_record r JOIN business b ON b.id = r.business_id
                WHERE r.import_batch_id = ? AND b.member_number = 'T-001'""").param(result.batchId())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM activity_staff s JOIN activity_record r ON r.id = s.record_id WHERE r.import_batch_id = ?")
                .param(result.batchId()).query(Long.class).single()).isEqualTo(6);
        assertThat(jdbc.sql("SELECT participants FROM activity_record WHERE import_batch_id = ? AND participants IS NOT NULL")
                .param(result.batchId()).query(Integer.class).single()).isEqualTo(15);
    }

    @Test
    void importsUtf8AndCountsIntoTheFy2022Actuals() {
        long businesses = count("business");
        assertStoredTheKarteRecords(importFile(utf8("karte.csv", ImportFixtures.karteCsv()), null, null, FY2022,
                ImportFixtures.PROFILE), "UTF-8");
        assertThat(count("business")).isEqualTo(businesses + 2);
    }

    @Test
    void importsUtf8WithBom() {
        Path file = TestFiles.csv(dir, "karte-bom.csv", StandardCharsets.UTF_8, true, ImportFixtures.karteCsv());
        assertStoredTheKarteRecords(importFile(file), "UTF-8");
    }

    @Test
    void importsMs932() throws Exception {
        Path file = TestFiles.csv(dir, "karte-sjis.csv", Encodings.MS932, false, ImportFixtures.karteCsv());
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, Encodings.MS932)).isEqualTo(ImportFixtures.karteCsv());
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\uFFFD");
        assertStoredTheKarteRecords(importFile(file), "MS932");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM business WHERE name = '㈲呉港水産'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void importsTheChosenSheetOfAWorkbook() {
        Path file = TestFiles.xlsx(dir, "karte.xlsx", List.of("集計", "相談記録"), ImportFixtures.karteWorkbookRows());
        assertStoredTheKarteRecords(importFile(file, null, "相談記録", FY2022, ImportFixtures.PROFILE), "xlsx");
    }

    @Test
    void choosesTheProfileWhoseHeadersMatch() {
        String reordered = ImportFixtures.karteCsv().replaceFirst("記録ID,相談日,相談区分", "相談区分,記録ID,相談日")
                .replace("K-0001,2022/5/10,巡回相談", "巡回相談,K-0001,2022/5/10")
                .replace("K-0002,令和4年6月1日,巡回相談", "巡回相談,K-0002,令和4年6月1日")
                .replace("K-0003,2022-07-15,窓口相談", "窓口相談,K-0003,2022-07-15")
                .replace("K-0004,R4.8.1,セミナー開催", "セミナー開催,K-0004,R4.8.1");
        assertStoredTheKarteRecords(importFile(utf8("reordered.csv", reordered), null, null, null, null), "UTF-8");
    }

    @Test
    void reportsTheSameFileAsAlreadyImported() {
        Path file = utf8("karte.csv", ImportFixtures.karteCsv());
        ImportResult first = importFile(file);
        List<Long> after = counts();
        ImportResult again = importFile(file);
        assertThat(again.outcome()).isEqualTo(ImportResult.Outcome.ALREADY_IMPORTED);
        assertThat(again.batchId()).isEqualTo(first.batchId());
        assertThat(again.errors().get(0).text()).contains("すでに取り込まれています");
        assertThat(counts()).isEqualTo(after);
        assertThat(actual("巡回相談件数")).isEqualByComparingTo(visitsBefore.add(BigDecimal.valueOf(2)));
    }

    @Test
    void skipsRowsAlreadyImportedFromAnotherFile() {
        importFile(utf8("karte.csv", ImportFixtures.karteCsv()));
        ImportResult overlap = importFile(utf8("next.csv", ImportFixtures.csv(
                "K-0002,2022/6/1,巡回相談,㈲呉港水産,,倉橋,藤本,,30,,資金繰り",
                "K-0005,2022/9/1,巡回相談,㈲呉港水産,,倉橋,藤本・菊池,,30,,")));
        assertThat(overlap.stored()).isEqualTo(1);
        assertThat(overlap.skipped()).isEqualTo(1);
        assertThat(actual("巡回相談件数")).isEqualByComparingTo(visitsBefore.add(BigDecimal.valueOf(3)));
    }

    @Test
    void skipsRowsAlreadyImportedByTheirDigestWhenThereIsNoRecordId() {
        ImportMapping withoutId = ImportMapping.of(ImportFixtures.karteColumns());
        imports.saveProfile(association, "IDなし", new ImportMapping(withoutId.columns().entrySet().stream()
                .filter(e -> e.getValue() != ImportField.RECORD_ID)
                .collect(java.util.stream.Collectors.toMap(e -> e.getKey(), e -> e.getValue())), null, null), null, "admin");
        String row = "X,2022/10/3,巡回相談,呉みなと食堂,,川尻,住谷,,30,,";
        assertThat(importFile(utf8("a.csv", ImportFixtures.csv(row)), null, null, null, "IDなし").stored()).isEqualTo(1);
        ImportResult second = importFile(utf8("b.csv", ImportFixtures.csv(row.replace("X,", "Y,"),
                "Z,2022/10/4,巡回相談,呉みなと食堂,,川尻,住谷,,30,,")), null, null, null, "IDなし");
        assertThat(second.stored()).isEqualTo(1);
        assertThat(second.skipped()).isEqualTo(1);
        assertThat(actual("巡回相談件数")).isEqualByComparingTo(visitsBefore.add(BigDecimal.valueOf(2)));
    }

    @Test
    void undoingABatchRestoresTheActuals() {
        List<Long> before = counts();
        ImportResult result = importFile(utf8("karte.csv", ImportFixtures.karteCsv()));
        assertThat(imports.undo(association, result.batchId(), "sasaki")).isEqualTo(4);
        assertThat(actual("巡回相談件数")).isEqualByComparingTo(visitsBefore);
        assertThat(actual("窓口相談件数")).isEqualByComparingTo(counterBefore);
        assertThat(count("activity_record")).isEqualTo(before.get(0));
        assertThat(count("activity_staff")).isEqualTo(before.get(3));
        ImportBatch batch = imports.batch(association, result.batchId()).orElseThrow();
        assertThat(batch.status()).isEqualTo(ImportBatch.Status.UNDONE);
        assertThat(batch.undoneBy()).isEqualTo("sasaki");
        assertThatThrownBy(() -> imports.undo(association, result.batchId(), "sasaki"))
                .hasMessageContaining("すでに取り消されています");
        assertThat(importFile(utf8("karte.csv", ImportFixtures.karteCsv())).stored()).isEqualTo(4);
    }

    /** Imports the file and expects it refused with this error (as shown), nothing stored. */
    void assertRefused(ImportResult result, String... texts) {
        assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.REJECTED);
        assertThat(result.errors()).extracting(ImportError::text).contains(texts);
        assertThat(result.batchId()).isNull();
    }

    void assertRefusedLeavingNoTrace(Path file, FiscalYear year, String encoding, String... texts) {
        List<Long> before = counts();
        assertRefused(importFile(file, encoding, null, year, ImportFixtures.PROFILE), texts);
        assertThat(counts()).isEqualTo(before);
        assertThat(actual("巡回相談件数")).isEqualByComparingTo(visitsBefore);
    }

    @Test
    void refusesAWrongEncodingOverride() {
        Path file = TestFiles.csv(dir, "karte-sjis.csv", Encodings.MS932, false, ImportFixtures.karteCsv());
        assertRefusedLeavingNoTrace(file, null, "UTF-8", "1行目: ファイルを UTF-8 として読めません（この行付近に UTF-8 にない文字があります）。"
                + "文字コードを確認してください: karte-sjis.csv");
    }

    @Test
    void refusesAFileWithoutAMappedColumn() {
        String text = ImportFixtures.karteCsv().replace("担当者", "担当");
        assertRefusedLeavingNoTrace(utf8("karte.csv", text), null, null,
                "1行目「担当者」: ファイル「karte.csv」に列「担当者」がありません（「担当職員」に割り当てた列）");
    }

    @Test
    void refusesUnknownStaffAndDistrictsWhicheverRowTheyAreIn() {
        assertRefusedLeavingNoTrace(utf8("karte.csv", ImportFixtures.csv(
                "K-0001,2022/5/10,巡回相談,株式会社テスト商店,,音戸,佐々木,,60,,",
                "K-0002,2022/5/11,巡回相談,株式会社テスト商店,,広島,佐々木・山田,,60,,",
                "K-0003,2022/5/12,商談会,株式会社テスト商店,,音戸,佐々木,販路,60,,")), null, null,
                "3行目「地区」: 地区「広島」は登録されていません", "3行目「担当者」: 職員「山田」は登録されていません",
                "4行目「相談区分」: 活動種別「商談会」は登録されていません", "4行目「支援内容」: 支援区分「販路」は登録されていません");
    }

    @Test
    void refusesDatesOutsideTheChosenFiscalYearAndImpossibleDates() {
        assertRefusedLeavingNoTrace(utf8("karte.csv", ImportFixtures.csv(
                "K-0001,2022/5/10,巡回相談,株式会社テスト商店,,音戸,佐々木,,60,,",
                "K-0002,2023/4/1,巡回相談,株式会社テスト商店,,音戸,佐々木,,60,,",
                "K-0003,令和元年13月1日,巡回相談,株式会社テスト商店,,音戸,佐々木,,60,,",
                "K-0004,2022/13/01,巡回相談,株式会社テスト商店,,音戸,佐々木,,60,,")), FY2022, null,
                "3行目「相談日」: 令和4年度（2022年4月1日〜2023年3月31日）の日付ではありません: 2023/4/1",
                "4行目「相談日」: 日付として読めません: 令和元年13月1日", "5行目「相談日」: 日付として読めません: 2022/13/01");
    }

    @Test
    void refusesARowRepeatedInTheFile() {
        assertRefusedLeavingNoTrace(utf8("karte.csv", ImportFixtures.csv(
                "K-0001,2022/5/10,巡回相談,株式会社テスト商店,,音戸,佐々木,,60,,",
                "K-0002,2022/5/11,巡回相談,株式会社テスト商店,,音戸,佐々木,,60,,",
                "K-0001,2022/5/10,巡回相談,株式会社テスト商店,,音戸,佐々木,,60,,")), null, null,
                "4行目「記録ID」: このファイルの2行目と同じ記録です（重複行）");
    }

    @Test
    void refusesEmptyFilesAndFilesWithOnlyAHeader() throws Exception {
        assertRefusedLeavingNoTrace(Files.write(dir.resolve("empty.csv"), new byte[0]), null, null,
                "ファイルが空です: empty.csv");
        assertRefusedLeavingNoTrace(utf8("header.csv", ImportFixtures.csv().strip() + "\r\n"), null, null,
                "取り込む行がありません（見出し行だけです）: header.csv");
    }

    @Test
    void refusesAFileOverTheLimitBeforeReadingIt() throws Exception {
        Path file = dir.resolve("huge.csv");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(51L * 1024 * 1024);
        }
        assertRefusedLeavingNoTrace(file, null, null, "ファイルが大きすぎます（51.0 MB、上限 50.0 MB）: huge.csv");
    }

    @Test
    void refusesABrokenWorkbook() throws Exception {
        Path file = Files.write(dir.resolve("karte.xlsx"), "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1));
        assertRefusedLeavingNoTrace(file, null, null,
                "Excel ファイル（.xlsx）として読めません。ファイルが壊れているか、別の形式です: karte.xlsx");
    }

    @Test
    void refusesTheWholeFileForOneBadRowCountingRowsAsASpreadsheetShowsThem() {
        String text = ImportFixtures.karteCsv() + "K-0009,2022/9/9,巡回相談,株式会社テスト商店,,音戸,佐々木,,九十,,\r\n";
        assertRefusedLeavingNoTrace(utf8("karte.csv", text), null, null, "6行目「相談時間（分）」: 0以上の整数として読めません: 九十");
    }

    @Test
    void storesTheGoodRowsAndListsTheBadOnesWhenAskedToSkipThem() {
        String text = ImportFixtures.karteCsv() + "K-0009,2022/9/9,巡回相談,株式会社テスト商店,,音戸,佐々木,,九十,,\r\n";
        Path file = utf8("karte.csv", text);
        ImportResult result = imports.importFile(new ImportRequest(association, "admin", file, "karte.csv", null, null,
                null, ImportFixtures.PROFILE, null, true));
        assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED);
        assertThat(result.stored()).isEqualTo(4);
        assertThat(result.errorCount()).isEqualTo(1);
        assertThat(result.errors()).extracting(ImportError::text)
                .containsExactly("6行目「相談時間（分）」: 0以上の整数として読めません: 九十");
        assertThat(actual("巡回相談件数")).isEqualByComparingTo(visitsBefore.add(BigDecimal.valueOf(2)));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM activity_record WHERE natural_key LIKE '%K-0009%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void skippingBadRowsStillRefusesAFileWhoseColumnsAreWrongOrWhoseRowsAreAllBad() {
        List<Long> before = counts();
        ImportResult wrongColumns = imports.importFile(new ImportRequest(association, "admin",
                utf8("columns.csv", ImportFixtures.karteCsv().replace("担当者", "担当")), "columns.csv", null, null, null,
                ImportFixtures.PROFILE, null, true));
        ImportResult allBad = imports.importFile(new ImportRequest(association, "admin",
                utf8("bad.csv", ImportFixtures.csv("K-0009,2022/9/9,巡回相談,株式会社テスト商店,,音戸,佐々木,,九十,,")),
                "bad.csv", null, null, null, ImportFixtures.PROFILE, null, true));
        assertThat(wrongColumns.outcome()).isEqualTo(ImportResult.Outcome.REJECTED);
        assertThat(allBad.outcome()).isEqualTo(ImportResult.Outcome.REJECTED);
        assertThat(allBad.errors()).extracting(ImportError::text)
                .containsExactly("2行目「相談時間（分）」: 0以上の整数として読めません: 九十");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void reportsTheProgressOfTheReading() {
        Path file = utf8("karte.csv", ImportFixtures.karteCsv());
        ImportProgress progress = new ImportProgress(file.toFile().length());
        ImportResult result = imports.importFile(new ImportRequest(association, "admin", file, "karte.csv", null, null,
                null, ImportFixtures.PROFILE, null), progress);
        assertThat(result.imported()).isTrue();
        ImportProgress.Snapshot done = progress.snapshot();
        assertThat(done.phase()).isEqualTo(ImportProgress.Phase.STORING);
        assertThat(done.rows()).isEqualTo(4);
        assertThat(done.bytesRead()).isEqualTo(file.toFile().length());
    }
}
