package jp.bansou.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import jp.bansou.activity.ActivityImports;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.activity.ActivityService;
import jp.bansou.activity.ImportRequest;
import jp.bansou.activity.ImportResult;
import jp.bansou.activity.NewActivity;
import jp.bansou.audit.AuditFilter;
import jp.bansou.audit.AuditQueries;
import jp.bansou.audit.AuditRow;
import jp.bansou.audit.AuditType;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.ItemYearChange;
import jp.bansou.plan.ItemYearDetail;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.PlanService;
import jp.bansou.progress.GradingService;
import jp.bansou.shared.FiscalYear;
import jp.bansou.support.KarteFiles;
import jp.bansou.support.LoggedIn;
import jp.bansou.support.SeedItems;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closed periods on H2 and PostgreSQL (the subclasses): records, imports, undo, item-years and
 * grades of a closed period refused to staff and reviewers, allowed to an admin giving a reason.
 */
@Transactional
abstract class PeriodLocksContract {

    static final FiscalYear FY2022 = SeedItems.FY2022;

    @Autowired PeriodLocks locks;
    @Autowired ActivityService activities;
    @Autowired ActivityQueries activityQueries;
    @Autowired ActivityImports imports;
    @Autowired PlanService planService;
    @Autowired PlanQueries plan;
    @Autowired GradingService grading;
    @Autowired OrganizationQueries organization;
    @Autowired AuditQueries audit;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    @TempDir Path dir;

    SeedItems seed;
    long association;
    BansouUser admin;

    @BeforeEach
    void setUp() {
        seed = new SeedItems(plan, organization);
        association = seed.associationId();
        admin = new LoggedIn(users).as("admin");
    }

    @AfterEach
    void logOut() {
        LoggedIn.logOut();
    }

    @Test
    void refusesStaffARecordDatedInAClosedMonthAndTakesTheNextMonth() {
        locks.close(admin, Period.month(FY2022, 5));
        BansouUser kawamoto = user("kawamoto");
        long before = records();
        assertThatThrownBy(() -> activities.record(kawamoto, visit(LocalDate.of(2022, 5, 31)), null, "訂正"))
                .isInstanceOf(PeriodClosedException.class)
                .hasMessage("令和4年度 5月は締められています。締めた期間の数値を変更できるのは管理者だけです");
        assertThat(records()).isEqualTo(before);
        activities.record(kawamoto, visit(LocalDate.of(2022, 6, 1)), null, null);
        assertThat(records()).isEqualTo(before + 1);
    }

    @Test
    void letsAnAdminAddARecordToAClosedMonthOnlyWithAReasonThatTheAuditKeeps() {
        locks.close(admin, Period.month(FY2022, 5));
        assertThatThrownBy(() -> activities.record(admin, visit(LocalDate.of(2022, 5, 10)), null, null))
                .isInstanceOf(PeriodClosedException.class).hasMessageContaining("変更理由を入力してください");
        activities.record(admin, visit(LocalDate.of(2022, 5, 10)), null, "5月分の入力漏れ");
        AuditRow row = latest(AuditType.ACTIVITY_RECORD);
        assertThat(row.reason()).isEqualTo("5月分の入力漏れ");
        assertThat(row.after()).startsWith("2022-05-10 巡回相談");
    }

    @Test
    void locksTheMonthsOfAClosedHalfOnly() {
        locks.close(admin, Period.of(FY2022, PeriodKind.FIRST_HALF));
        BansouUser sasaki = user("sasaki");
        assertThatThrownBy(() -> activities.record(sasaki, visit(LocalDate.of(2022, 9, 30)), null, null))
                .hasMessageStartingWith("令和4年度 上期は締められています");
        activities.record(sasaki, visit(LocalDate.of(2022, 10, 1)), null, null);
    }

    @Test
    void refusesAReviewersChangeOfAnItemOfAClosedYearAndTakesAnAdminsWithAReason() {
        locks.close(admin, Period.of(SeedItems.FY2021, PeriodKind.YEAR));
        long id = seed.itemYearId("財務分析数", SeedItems.FY2021);
        ItemYearDetail before = seed.detail(id);
        assertThatThrownBy(() -> planService.changeItemYear(user("sasaki"), id, before.version(), raise(before), "訂正"))
                .isInstanceOf(PeriodClosedException.class)
                .hasMessage("令和3年度は締められています。締めた期間の数値を変更できるのは管理者だけです");
        assertThatThrownBy(() -> planService.changeItemYear(admin, id, before.version(), raise(before), null))
                .hasMessage("令和3年度は締められています。変更するには変更理由を入力してください");
        assertThat(seed.detail(id).actual()).isEqualByComparingTo(before.actual());

        planService.changeItemYear(admin, id, before.version(), raise(before), "決算後の訂正");
        assertThat(seed.detail(id).actual()).isEqualByComparingTo(before.actual().add(BigDecimal.ONE));
        AuditRow row = latest(AuditType.ITEM_YEAR);
        assertThat(row.reason()).isEqualTo("決算後の訂正");
        assertThat(row.itemYearId()).isEqualTo(id);
    }

    @Test
    void refusesAReviewersGradeDecisionInAClosedYear() {
        locks.close(admin, Period.of(SeedItems.FY2021, PeriodKind.YEAR));
        long id = plan.targetTable(association, SeedItems.FY2021).areas().stream().flatMap(a -> a.rows().stream())
                .filter(r -> "佐々木".equals(r.reviewer())).findFirst().orElseThrow().itemYearId();
        assertThat(grading.mayDecide(user("sasaki"), seed.detail(id))).isTrue();
        assertThatThrownBy(() -> grading.decide(user("sasaki"), id, "A", "訂正"))
                .isInstanceOf(PeriodClosedException.class);
        grading.decide(admin, id, "B", "委員会の指摘により見直し");
        assertThat(seed.detail(id).grade()).isEqualTo("B");
    }

    @Test
    void leavesItemYearsOfAYearWithOnlyAMonthClosedOpen() {
        locks.close(admin, Period.month(SeedItems.FY2021, 5));
        long id = seed.itemYearId("財務分析数", SeedItems.FY2021);
        ItemYearDetail before = seed.detail(id);
        planService.changeItemYear(user("sasaki"), id, before.version(), raise(before), null);
        assertThat(seed.detail(id).actual()).isEqualByComparingTo(before.actual().add(BigDecimal.ONE));
    }

    @Test
    void refusesAnImportWithARowInAClosedMonthNamingTheLineAndStoresNothing() {
        locks.close(admin, Period.month(FY2022, 5));
        KarteFiles.saveProfile(imports, association);
        long before = records();
        Path file = KarteFiles.csv(dir, "締め.csv", KarteFiles.visit("L-1", "2022/4/20", "締め確認一"),
                KarteFiles.visit("L-2", "2022/5/10", "締め確認二"));
        ImportResult result = importFile(file, "kawamoto");
        assertThat(result.imported()).isFalse();
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo("相談日");
            assertThat(e.message()).startsWith("令和4年度 5月は締められているため取り込めません");
        });
        assertThat(records()).isEqualTo(before);
    }

    @Test
    void refusesToUndoABatchWithRecordsInAClosedMonthUntilItIsReopened() {
        KarteFiles.saveProfile(imports, association);
        ImportResult result = importFile(KarteFiles.csv(dir, "取消.csv",
                KarteFiles.visit("U-1", "2022/5/10", "取消確認")), "kawamoto");
        Period may = Period.month(FY2022, 5);
        locks.close(admin, may);
        assertThatThrownBy(() -> imports.undo(association, result.batchId(), "kawamoto"))
                .isInstanceOf(PeriodClosedException.class).hasMessageStartingWith("令和4年度 5月の記録を含むため取り消せません");
        locks.reopen(admin, may, "取込の誤りを取り消すため");
        assertThat(imports.undo(association, result.batchId(), "kawamoto")).isEqualTo(1);
    }

    @Test
    void reopensOnlyWithAReasonAndThenTakesRecordsAgain() {
        Period may = Period.month(FY2022, 5);
        assertThat(locks.close(admin, may)).isTrue();
        assertThat(locks.close(admin, may)).isFalse();
        assertThatThrownBy(() -> locks.reopen(admin, may, " ")).hasMessage("締めを解除する理由を入力してください");
        locks.reopen(admin, may, "訂正のため");
        assertThat(locks.closedPeriods(association)).isEmpty();
        activities.record(user("kawamoto"), visit(LocalDate.of(2022, 5, 10)), null, null);
        assertThatThrownBy(() -> locks.reopen(admin, may, "もう一度")).hasMessage("令和4年度 5月は締められていません");
    }

    @Test
    void letsOnlyAdminsCloseAndListsTheClosedPeriodsInOrder() {
        assertThatThrownBy(() -> locks.close(user("sasaki"), Period.month(FY2022, 4)))
                .isInstanceOf(AccessDeniedException.class);
        locks.close(admin, Period.month(FY2022, 1));
        locks.close(admin, Period.month(FY2022, 12));
        locks.close(admin, Period.of(FY2022, PeriodKind.FIRST_HALF));
        assertThat(locks.closedPeriods(association)).extracting(c -> c.period().label())
                .containsExactly("令和4年度 上期", "令和4年度 12月", "令和4年度 1月");
        assertThat(locks.closedPeriods(association).get(0).closedBy()).isEqualTo(admin.displayName());
        assertThat(locks.yearClosed(association, FY2022)).isFalse();
    }

    private BansouUser user(String name) {
        return new LoggedIn(users).as(name);
    }

    private NewActivity visit(LocalDate date) {
        long kind = activityQueries.kinds(association).stream().filter(k -> k.name().equals("巡回相談"))
                .findFirst().orElseThrow().id();
        return new NewActivity(date, kind, null, seed.districtId("音戸"), Set.of(), Set.of(), 30, null, null, null,
                "締めの確認", null);
    }

    private static ItemYearChange raise(ItemYearDetail item) {
        return new ItemYearChange(item.target(), item.actual().add(BigDecimal.ONE), item.districtActuals(),
                item.note(), item.roles());
    }

    private ImportResult importFile(Path file, String user) {
        return imports.importFile(new ImportRequest(association, user, file, file.getFileName().toString(), null, null,
                null, KarteFiles.PROFILE, null));
    }

    private long records() {
        return jdbc.sql("SELECT COUNT(*) FROM activity_record").query(Long.class).single();
    }

    private AuditRow latest(AuditType type) {
        return audit.search(association, new AuditFilter(null, null, null, type, null, null), 0, 1).rows().get(0);
    }
}
