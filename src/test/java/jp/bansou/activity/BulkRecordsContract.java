package jp.bansou.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.bansou.organization.District;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.StaffMember;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.TargetRow;
import jp.bansou.shared.FiscalYear;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bulk write an import ends in, on H2 (batched inserts) and PostgreSQL (COPY): the same rows
 * give the same records, registry and counted actuals on both. Each test cleans up after itself
 * through a rolled-back transaction.
 */
abstract class BulkRecordsContract {

    static final FiscalYear FY2022 = FiscalYear.of(2022);

    @Autowired ActivityService activities;
    @Autowired ActivityQueries queries;
    @Autowired OrganizationQueries organization;
    @Autowired PlanQueries plan;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    long association;
    Map<String, Long> districts;
    Map<String, Long> staff;
    Map<String, Long> kinds;
    Map<String, Long> categories;

    @BeforeEach
    void names() {
        association = organization.associationIdByCode("kure-koiki").orElseThrow();
        districts = organization.districts(association).stream().collect(Collectors.toMap(District::name, District::id));
        staff = organization.staffMembers(association).stream().collect(Collectors.toMap(StaffMember::name, StaffMember::id));
        kinds = queries.kinds(association).stream().collect(Collectors.toMap(ActivityKind::name, ActivityKind::id));
        categories = queries.categories(association).stream()
                .collect(Collectors.toMap(SupportCategory::name, SupportCategory::id));
    }

    ImportedRecord visit(String key, String business, String memberNumber, String district, String... cats) {
        return new ImportedRecord(1, key, LocalDate.of(2022, 6, 1), kinds.get("巡回相談"), business, memberNumber,
                districts.get(district), null, Set.of(staff.get("河本"), staff.get("藤本")),
                Set.of(cats).stream().map(categories::get).collect(Collectors.toSet()), 60, null, null, null, "取込");
    }

    ImportedRecord seminar(String key) {
        return new ImportedRecord(2, key, LocalDate.of(2023, 2, 1), kinds.get("セミナー開催"), null, null, null,
                districts.get("安浦"), Set.of(staff.get("井川")), Set.of(categories.get("人材育成")), 120, 18, null, null,
                "tab\there \\ and\nnewline");
    }

    BigDecimal actual(String item) {
        return plan.targetTable(association, FY2022).areas().stream().flatMap(a -> a.rows().stream())
                .collect(Collectors.toMap(TargetRow::name, Function.identity())).get(item).actual();
    }

    long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void storesRecordsRegistersBusinessesAndUpdatesTheActuals() {
        transactions.executeWithoutResult(tx -> {
            BigDecimal visitsBefore = actual("巡回相談件数");
            BigDecimal seminarsBefore = actual("人材活用セミナー開催");
            long businessesBefore = count("business");
            BulkImportResult result = activities.recordAll(association, null, sink -> List.of(
                    visit("B-1", "株式会社 呉ワン", "K-1", "音戸", "財務分析", "定性分析"),
                    visit("B-2", "(株)呉ワン", null, "音戸"),
                    visit("B-3", "ｸﾚﾂｰ商店", "K-2", "倉橋"),
                    visit("B-4", "別名でも会員番号で同じ", "K-2", "倉橋"),
                    seminar("B-5")).forEach(sink));
            assertThat(result.stored()).isEqualTo(5);
            assertThat(result.skipped()).isZero();
            assertThat(result.businessesRegistered()).isEqualTo(2);
            assertThat(result.years()).containsExactly(FY2022);
            assertThat(count("business")).isEqualTo(businessesBefore + 2);
            assertThat(actual("巡回相談件数")).isEqualByComparingTo(visitsBefore.add(BigDecimal.valueOf(4)));
            assertThat(actual("人材活用セミナー開催")).isEqualByComparingTo(seminarsBefore.add(BigDecimal.ONE));
            assertThat(jdbc.sql("""
                    SELECT COUNT(DISTINCT business_id) FROM activity_record WHERE natural_key IN ('B-1', 'B-2')""")
                    .query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("""
                    SELECT COUNT(*) FROM activity_staff s JOIN activity_record r ON r.id = s.record_id
                    WHERE r.natural_key LIKE 'B-%'""").query(Long.class).single()).isEqualTo(9);
            assertThat(jdbc.sql("SELECT note FROM activity_record WHERE natural_key = 'B-5'").query(String.class).single())
                    .isEqualTo("tab\there \\ and\nnewline");
            tx.setRollbackOnly();
        });
    }

    @Test
    void skipsRecordsWhoseNaturalKeyIsStored() {
        transactions.executeWithoutResult(tx -> {
            activities.recordAll(association, null, sink -> sink.accept(visit("D-1", "重複商店", null, "川尻")));
            long records = count("activity_record");
            BulkImportResult again = activities.recordAll(association, null, sink -> List.of(
                    visit("D-1", "重複商店", null, "川尻"), visit("D-2", "重複商店", null, "川尻")).forEach(sink));
            assertThat(again.stored()).isEqualTo(1);
            assertThat(again.skipped()).isEqualTo(1);
            assertThat(count("activity_record")).isEqualTo(records + 1);
            tx.setRollbackOnly();
        });
    }

    @Test
    void leavesNothingBehindWhenTheImportFails() {
        long records = count("activity_record");
        long businesses = count("business");
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx ->
                activities.recordAll(association, null, sink -> {
                    sink.accept(visit("F-1", "途中で失敗", null, "本所"));
                    throw new IllegalStateException("file broke off");
                }))).hasMessage("file broke off");
        assertThat(count("activity_record")).isEqualTo(records);
        assertThat(count("business")).isEqualTo(businesses);
    }
}
