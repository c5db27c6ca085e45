package jp.bansou.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.activity.ActivityService;
import jp.bansou.activity.NewActivity;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.period.Period;
import jp.bansou.period.PeriodKind;
import jp.bansou.period.PeriodLocks;
import jp.bansou.plan.ItemYearChange;
import jp.bansou.plan.ItemYearDetail;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.PlanService;
import jp.bansou.support.LoggedIn;
import jp.bansou.support.SeedItems;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year-end snapshot on H2 and PostgreSQL (the subclasses): taken when the year is closed, and
 * the values corrected since listed against it with who changed them and why.
 */
@Transactional
abstract class SnapshotContract {

    @Autowired SnapshotQueries snapshots;
    @Autowired PeriodLocks locks;
    @Autowired PlanService planService;
    @Autowired PlanQueries plan;
    @Autowired GradingService grading;
    @Autowired ActivityService activities;
    @Autowired ActivityQueries activityQueries;
    @Autowired OrganizationQueries organization;
    @Autowired UserDetailsService users;

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
    void takesNoSnapshotBeforeTheYearIsClosed() {
        locks.close(admin, Period.of(SeedItems.FY2021, PeriodKind.SECOND_HALF));
        assertThat(snapshots.snapshot(association, SeedItems.FY2021)).isEmpty();
        assertThat(snapshots.differences(association, SeedItems.FY2021)).isEmpty();
        assertThat(snapshots.marks(association, SeedItems.FY2021).taken()).isFalse();
    }

    @Test
    void freezesTheTableWhenTheYearIsClosedWithNothingDifferentAtFirst() {
        locks.close(admin, Period.of(SeedItems.FY2021, PeriodKind.YEAR));
        YearSnapshot snapshot = snapshots.snapshot(association, SeedItems.FY2021).orElseThrow();
        assertThat(snapshot.takenBy()).isEqualTo(admin.displayName());
        assertThat(snapshots.differences(association, SeedItems.FY2021)).isEmpty();
        assertThat(snapshots.marks(association, SeedItems.FY2021).count()).isZero();
        List<SnapshotRow> rows = snapshots.rows(association, SeedItems.FY2021);
        assertThat(rows).hasSize(plan.targetTable(association, SeedItems.FY2021).itemCount());
        SnapshotRow finance = rows.stream().filter(r -> r.itemName().equals("財務分析数")).findFirst().orElseThrow();
        assertThat(finance.target()).isEqualByComparingTo("108");
        assertThat(finance.actual()).isEqualByComparingTo("123");
        assertThat(finance.grade()).isEqualTo("A");
        assertThat(finance.firstHalf()).isNull();
    }

    @Test
    void listsAnAdminsCorrectionOfActualAndSplitWithWhoAndWhy() {
        locks.close(admin, Period.of(SeedItems.FY2021, PeriodKind.YEAR));
        long id = seed.itemYearId("財務分析数", SeedItems.FY2021);
        ItemYearDetail item = seed.detail(id);
        java.util.Map<Long, BigDecimal> split = new java.util.HashMap<>(item.districtActuals());
        long ondo = seed.districtId("音戸");
        BigDecimal ondoWas = split.get(ondo);
        split.put(ondo, ondoWas.add(BigDecimal.ONE));
        planService.changeItemYear(admin, id, item.version(), new ItemYearChange(item.target(),
                item.actual().add(BigDecimal.ONE), split, item.note(), item.roles()), "決算後の訂正");

        List<SnapshotDifference> differences = snapshots.differences(association, SeedItems.FY2021);
        assertThat(differences).extracting(SnapshotDifference::fieldLabel, SnapshotDifference::snapshotValue,
                SnapshotDifference::currentValue).containsExactly(
                org.assertj.core.groups.Tuple.tuple("実績", "123", "124"),
                org.assertj.core.groups.Tuple.tuple("地区別実績（音戸）", plain(ondoWas), plain(ondoWas.add(BigDecimal.ONE))));
        assertThat(differences).allSatisfy(d -> {
            assertThat(d.itemName()).isEqualTo("財務分析数");
            assertThat(d.changedBy()).isEqualTo(admin.displayName());
            assertThat(d.reason()).isEqualTo("決算後の訂正");
        });
        SnapshotMarks marks = snapshots.marks(association, SeedItems.FY2021);
        assertThat(marks.changed(id, "ACTUAL")).isTrue();
        assertThat(marks.was(id, "ACTUAL")).isEqualTo("123");
        assertThat(marks.changed(id, "TARGET")).isFalse();
    }

    @Test
    void listsAGradeDecidedAfterClosing() {
        locks.close(admin, Period.of(SeedItems.FY2021, PeriodKind.YEAR));
        long id = seed.itemYearId("財務分析数", SeedItems.FY2021);
        grading.decide(admin, id, "B", "委員会の指摘");
        assertThat(snapshots.differences(association, SeedItems.FY2021)).singleElement().satisfies(d -> {
            assertThat(d.field()).isEqualTo("GRADE");
            assertThat(d.snapshotValue()).isEqualTo("A");
            assertThat(d.currentValue()).isEqualTo("B");
            assertThat(d.reason()).isEqualTo("委員会の指摘");
        });
    }

    @Test
    void listsACountedActualAndItsHalfAndDistrictThatFollowedARecordAddedAfterClosing() {
        locks.close(admin, Period.of(SeedItems.FY2022, PeriodKind.YEAR));
        long kind = activityQueries.kinds(association).stream().filter(k -> k.name().equals("巡回相談"))
                .findFirst().orElseThrow().id();
        activities.record(admin, new NewActivity(LocalDate.of(2022, 6, 15), kind, null, seed.districtId("倉橋"),
                Set.of(), Set.of(), 30, null, null, null, null, null), null, "記録漏れの追加");
        long visits = seed.itemYearId("巡回相談件数", SeedItems.FY2022);
        List<SnapshotDifference> differences = snapshots.differences(association, SeedItems.FY2022).stream()
                .filter(d -> d.itemYearId() == visits).toList();
        assertThat(differences).extracting(SnapshotDifference::fieldLabel)
                .containsExactlyInAnyOrder("実績", "上期", "地区別実績（倉橋）");
        assertThat(differences).allSatisfy(d -> {
            assertThat(new BigDecimal(d.currentValue()).subtract(new BigDecimal(d.snapshotValue())))
                    .isEqualByComparingTo("1");
            assertThat(d.changedBy()).isNull();
        });
    }

    @Test
    void replacesTheSnapshotWhenTheYearIsClosedAgain() {
        Period year = Period.of(SeedItems.FY2021, PeriodKind.YEAR);
        locks.close(admin, year);
        long id = seed.itemYearId("財務分析数", SeedItems.FY2021);
        grading.decide(admin, id, "B", "委員会の指摘");
        locks.reopen(admin, year, "評価の見直し");
        locks.close(admin, year);
        assertThat(snapshots.differences(association, SeedItems.FY2021)).isEmpty();
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
