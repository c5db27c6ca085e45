package jp.bansou.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.bansou.activity.ActivityImports;
import jp.bansou.activity.ActivityKind;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.activity.ActivityService;
import jp.bansou.activity.CountSpec;
import jp.bansou.activity.ImportRequest;
import jp.bansou.activity.ImportResult;
import jp.bansou.activity.Measure;
import jp.bansou.activity.NewActivity;
import jp.bansou.activity.NewBusiness;
import jp.bansou.actuals.ActualsService;
import jp.bansou.actuals.CountingRule;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.OrganizationService;
import jp.bansou.organization.StaffKind;
import jp.bansou.organization.UserRole;
import jp.bansou.period.Period;
import jp.bansou.period.PeriodKind;
import jp.bansou.period.PeriodLocks;
import jp.bansou.plan.ItemYearChange;
import jp.bansou.plan.ItemYearDetail;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.PlanService;
import jp.bansou.progress.GradeStep;
import jp.bansou.progress.GradingScale;
import jp.bansou.progress.GradingService;
import jp.bansou.support.KarteFiles;
import jp.bansou.support.LoggedIn;
import jp.bansou.support.SeedItems;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change type leaves one audit row with who, what before and after and the reason, on H2 and
 * PostgreSQL (the subclasses); the search and the item history find them.
 */
@Transactional
abstract class AuditTrailContract {

    @Autowired AuditQueries audit;
    @Autowired PlanService planService;
    @Autowired PlanQueries plan;
    @Autowired GradingService grading;
    @Autowired ActualsService actuals;
    @Autowired ActivityService activities;
    @Autowired ActivityQueries activityQueries;
    @Autowired ActivityImports imports;
    @Autowired PeriodLocks locks;
    @Autowired OrganizationService organizationService;
    @Autowired OrganizationQueries organization;
    @Autowired UserDetailsService users;

    @TempDir Path dir;

    SeedItems seed;
    long association;

    @BeforeEach
    void setUp() {
        seed = new SeedItems(plan, organization);
        association = seed.associationId();
    }

    @AfterEach
    void logOut() {
        LoggedIn.logOut();
    }

    BansouUser as(String username) {
        return new LoggedIn(users).as(username);
    }

    List<AuditRow> newest(AuditType type, int count) {
        return audit.search(association, new AuditFilter(null, null, null, type, null, null), 0, count).rows();
    }

    AuditRow latest(AuditType type) {
        return newest(type, 1).get(0);
    }

    long count(AuditType type) {
        return audit.search(association, new AuditFilter(null, null, null, type, null, null), 0, 1).total();
    }

    @Test
    void recordsAChangedTargetActualSplitAndLeadWithTheUserAndOnlyTheChangedFields() {
        BansouUser sasaki = as("sasaki");
        long id = seed.itemYearId("財務分析数", SeedItems.FY2021);
        ItemYearDetail before = seed.detail(id);
        planService.changeItemYear(sasaki, id, before.version(), new ItemYearChange(new BigDecimal("130"),
                new BigDecimal("125"), before.districtActuals(), before.note(), before.roles()));

        AuditRow row = latest(AuditType.ITEM_YEAR);
        assertThat(row.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(row.itemYearId()).isEqualTo(id);
        assertThat(row.itemId()).isEqualTo(before.itemId());
        assertThat(row.label()).isEqualTo("財務分析数（令和3年度）");
        assertThat(row.userId()).isEqualTo(sasaki.id());
        assertThat(row.userName()).isEqualTo(sasaki.displayName());
        assertThat(row.before()).isEqualTo("目標: " + before.target().stripTrailingZeros().toPlainString()
                + "; 実績: " + before.actual().stripTrailingZeros().toPlainString());
        assertThat(row.after()).isEqualTo("目標: 130; 実績: 125");
        assertThat(row.reason()).isNull();
    }

    @Test
    void recordsNoRowForASaveThatChangesNothing() {
        long id = seed.itemYearId("財務分析数", SeedItems.FY2021);
        ItemYearDetail before = seed.detail(id);
        long rows = count(AuditType.ITEM_YEAR);
        planService.changeItemYear(as("sasaki"), id, before.version(), new ItemYearChange(before.target(),
                before.actual(), before.districtActuals(), before.note(), before.roles()));
        assertThat(count(AuditType.ITEM_YEAR)).isEqualTo(rows);
    }

    @Test
    void recordsEachSeedItemYearAsCreatedByTheSystem() {
        long id = seed.itemYearId("財務分析数", SeedItems.FY2021);
        List<AuditRow> created = audit.itemHistory(association, seed.detail(id).itemId()).stream()
                .filter(r -> r.type() == AuditType.ITEM_YEAR && r.action() == AuditAction.CREATE
                        && Long.valueOf(id).equals(r.itemYearId())).toList();
        assertThat(created).singleElement().satisfies(r -> {
            assertThat(r.userName()).isEqualTo("システム");
            assertThat(r.before()).isNull();
            assertThat(r.after()).startsWith("目標: 108; 実績: 123");
        });
    }

    @Test
    void recordsADerivedTargetThatFollowsTheHeadcount() {
        organizationService.addStaffMember(association, "新人", StaffKind.ADVISOR, LocalDate.of(2022, 4, 1));
        long id = seed.itemYearId("巡回相談件数", SeedItems.FY2022);
        AuditRow row = audit.itemHistory(association, seed.detail(id).itemId()).get(0);
        assertThat(row.itemYearId()).isEqualTo(id);
        assertThat(row.before()).isEqualTo("目標: 3600");
        assertThat(row.after()).isEqualTo("目標: 4000");
        assertThat(row.reason()).isEqualTo("職員数の変更に合わせて目標を算出し直しました");
    }

    @Test
    void recordsAGradeDecisionWithItsProposalAndReason() {
        BansouUser admin = as("admin");
        long id = seed.itemYearId("財務分析数", SeedItems.FY2021);
        grading.decide(admin, id, "B", "年度末の集計漏れを考慮");
        AuditRow row = latest(AuditType.GRADE);
        assertThat(row.action()).isEqualTo(AuditAction.DECIDE);
        assertThat(row.itemYearId()).isEqualTo(id);
        assertThat(row.before()).isEqualTo("判定: A");
        assertThat(row.after()).isEqualTo("判定: B（提案: A）");
        assertThat(row.reason()).isEqualTo("年度末の集計漏れを考慮");
        assertThat(row.userName()).isEqualTo(admin.displayName());
    }

    @Test
    void recordsAnEditOfTheGradingScaleBeforeAndAfter() {
        as("admin");
        grading.replaceScale(association, new GradingScale(List.of(GradeStep.graded("A", "90%以上", "90", "#2e7d32"),
                GradeStep.graded("B", "90%未満", "0", "#1565c0"))));
        AuditRow row = latest(AuditType.GRADING_SCALE);
        assertThat(row.before()).isEqualTo("A 100%以上 (100%〜) #2e7d32 / B 80%以上 (80%〜) #1565c0 / C 80%未満 (0%〜) #ef6c00");
        assertThat(row.after()).isEqualTo("A 90%以上 (90%〜) #2e7d32 / B 90%未満 (0%〜) #1565c0");
    }

    @Test
    void recordsACountingRuleSavedAndRemoved() {
        as("admin");
        long item = seed.row("巡回相談件数", SeedItems.FY2022).itemId();
        ActivityKind visit = kind("巡回相談");
        actuals.saveRule(association, new CountingRule(item,
                new CountSpec(Measure.RECORDS, Set.of(visit.id()), Set.of(), true), SeedItems.FY2022));
        AuditRow saved = latest(AuditType.COUNTING_RULE);
        assertThat(saved.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(saved.itemId()).isEqualTo(item);
        assertThat(saved.before()).isEqualTo("会員のみ: false");
        assertThat(saved.after()).isEqualTo("会員のみ: true");

        actuals.removeRule(association, item);
        AuditRow removed = latest(AuditType.COUNTING_RULE);
        assertThat(removed.action()).isEqualTo(AuditAction.DELETE);
        assertThat(removed.before()).contains("集計方法: RECORDS", "活動種別: 巡回相談", "会員のみ: true");
        assertThat(removed.after()).isNull();
    }

    @Test
    void recordsAnActivityRecordTypedInWithItsDateKindAndBusiness() {
        BansouUser kawamoto = as("kawamoto");
        long business = activities.findOrRegisterBusiness(association,
                new NewBusiness("監査テスト商店", null, seed.districtId("音戸"), false, null, null, null, null));
        long id = activities.record(kawamoto, new NewActivity(LocalDate.of(2022, 6, 3), kind("巡回相談").id(),
                business, null, Set.of(), Set.of(), 30, null, null, null, null, null), null, null);
        AuditRow row = latest(AuditType.ACTIVITY_RECORD);
        assertThat(row.action()).isEqualTo(AuditAction.CREATE);
        assertThat(row.entityId()).isEqualTo(Long.toString(id));
        assertThat(row.after()).isEqualTo("2022-06-03 巡回相談 監査テスト商店（音戸）");
        assertThat(row.userName()).isEqualTo(kawamoto.displayName());
        assertThat(latest(AuditType.BUSINESS).after()).isEqualTo("事業所: 監査テスト商店");
    }

    @Test
    void recordsAMergeOfBusinesses() {
        as("admin");
        long kept = register("統合先商店");
        long duplicate = register("統合元商店");
        activities.mergeBusinesses(association, kept, duplicate);
        AuditRow row = latest(AuditType.BUSINESS);
        assertThat(row.action()).isEqualTo(AuditAction.MERGE);
        assertThat(row.label()).isEqualTo("統合元商店 → 統合先商店");
        assertThat(row.after()).isEqualTo("統合先 #" + kept + ": 統合先商店");
    }

    @Test
    void recordsAnImportAsOneRowAndItsUndoAsOneMore() {
        as("kawamoto");
        KarteFiles.saveProfile(imports, association);
        long records = count(AuditType.ACTIVITY_RECORD);
        Path file = KarteFiles.csv(dir, "三件.csv", KarteFiles.visit("A-1", "2022/5/10", "取込一"),
                KarteFiles.visit("A-2", "2022/5/11", "取込二"), KarteFiles.visit("A-3", "2022/5/12", "取込三"));
        ImportResult result = imports.importFile(new ImportRequest(association, "kawamoto", file, "三件.csv", null,
                null, null, KarteFiles.PROFILE, null));
        assertThat(result.stored()).isEqualTo(3);

        List<AuditRow> rows = newest(AuditType.IMPORT, 10);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo(AuditAction.IMPORT);
            assertThat(r.label()).isEqualTo("三件.csv");
            assertThat(r.after()).startsWith("取込番号 " + result.batchId() + ": 3件を登録");
        });
        assertThat(count(AuditType.ACTIVITY_RECORD)).isEqualTo(records);

        imports.undo(association, result.batchId(), "kawamoto");
        assertThat(newest(AuditType.IMPORT, 10)).hasSize(2).first()
                .satisfies(r -> assertThat(r.action()).isEqualTo(AuditAction.UNDO))
                .satisfies(r -> assertThat(r.after()).isEqualTo("取消: 3件を削除"));
    }

    @Test
    void recordsClosingAndReopeningAPeriodWithTheReason() {
        BansouUser admin = as("admin");
        Period may = Period.month(SeedItems.FY2022, 5);
        locks.close(admin, may);
        locks.reopen(admin, may, "記録の入力漏れ");
        List<AuditRow> rows = newest(AuditType.PERIOD_LOCK, 2);
        assertThat(rows).extracting(AuditRow::action).containsExactly(AuditAction.REOPEN, AuditAction.CLOSE);
        assertThat(rows).extracting(AuditRow::label).containsOnly("令和4年度 5月");
        assertThat(rows.get(0).reason()).isEqualTo("記録の入力漏れ");
        assertThat(rows.get(0).after()).isEqualTo("状態: 開");
    }

    @Test
    void recordsNewStaffAndUsersWithoutThePassword() {
        as("admin");
        long staff = organizationService.addStaffMember(association, "監査新人", StaffKind.ASSISTANT, null);
        organizationService.addUser(association, "kansa", "secret-password", "監査新人", UserRole.STAFF, staff);
        assertThat(latest(AuditType.STAFF).after()).isEqualTo("職員: 監査新人; 職種: ASSISTANT");
        AuditRow user = latest(AuditType.USER);
        assertThat(user.after()).isEqualTo("ユーザー: kansa; 表示名: 監査新人; 権限: STAFF; 職員 #" + staff);
        assertThat(user.after()).doesNotContain("secret");
    }

    @Test
    void recordsAnActivityKindAndACategoryAdded() {
        as("admin");
        activities.addKind(association, "出張相談", false);
        activities.addCategory(association, "監査用区分");
        assertThat(newest(AuditType.ACTIVITY_LIST, 2)).extracting(AuditRow::after)
                .containsExactly("支援区分: 監査用区分", "活動種別: 出張相談");
    }

    @Test
    void recordsADistrictAGroupItsMemberAndAStaffMemberLeaving() {
        as("admin");
        long staff = organizationService.addStaffMember(association, "異動者", StaffKind.ADVISOR, null);
        organizationService.addDistrict(association, "新地区", false);
        long group = organizationService.addGroup(association, "監査班", jp.bansou.organization.GroupKind.EXPLICIT);
        organizationService.addGroupMember(group, staff);
        organizationService.endStaffMember(association, staff, LocalDate.of(2023, 3, 31));
        assertThat(newest(AuditType.STAFF, 5)).extracting(AuditRow::after).containsExactly(
                "退職日: 2023-03-31", "メンバー追加: 職員 #" + staff, "グループ: 監査班; 種類: EXPLICIT", "地区: 新地区",
                "職員: 異動者; 職種: ADVISOR");
    }

    @Test
    void searchesByTypeUserTextAndPeriodAndPages() {
        BansouUser admin = as("admin");
        locks.close(admin, Period.of(SeedItems.FY2022, PeriodKind.FIRST_HALF));
        locks.close(admin, Period.month(SeedItems.FY2022, 11));
        AuditFilter byAdmin = new AuditFilter(LocalDate.now().minusDays(1), LocalDate.now().plusDays(1),
                admin.displayName(), AuditType.PERIOD_LOCK, null, null);
        AuditPage page = audit.search(association, byAdmin, 0, 1);
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.rows()).extracting(AuditRow::label).containsExactly("令和4年度 11月");
        assertThat(audit.search(association, byAdmin, 1, 1).rows()).extracting(AuditRow::label)
                .containsExactly("令和4年度 上期");
        AuditFilter text = new AuditFilter(null, null, null, null, "上期", null);
        assertThat(audit.search(association, text, 0, 50).rows()).extracting(AuditRow::label)
                .containsExactly("令和4年度 上期");
        AuditFilter yesterday = new AuditFilter(null, LocalDate.now().minusDays(2), admin.displayName(),
                AuditType.PERIOD_LOCK, null, null);
        assertThat(audit.search(association, yesterday, 0, 50).total()).isZero();
        assertThat(audit.userNames(association)).contains(admin.displayName(), "システム", "移行");
    }

    @Test
    void showsAnItemsHistoryOverItsYearsNewestFirst() {
        BansouUser admin = as("admin");
        long fy2021 = seed.itemYearId("財務分析数", SeedItems.FY2021);
        grading.decide(admin, fy2021, "A", null);
        List<AuditRow> history = audit.itemHistory(association, seed.detail(fy2021).itemId());
        assertThat(history.get(0).type()).isEqualTo(AuditType.GRADE);
        assertThat(history).extracting(AuditRow::itemYearId)
                .contains(fy2021, seed.itemYearId("財務分析数", SeedItems.FY2022));
        assertThat(history).extracting(AuditRow::id).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    private ActivityKind kind(String name) {
        return activityQueries.kinds(association).stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
    }

    private long register(String name) {
        return activities.findOrRegisterBusiness(association,
                new NewBusiness(name, null, seed.districtId("倉橋"), false, null, null, null, null));
    }
}
