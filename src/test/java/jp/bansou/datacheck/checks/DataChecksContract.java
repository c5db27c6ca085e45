package jp.bansou.datacheck.checks;

import static jp.bansou.datacheck.CheckTown.FY2021;
import static jp.bansou.datacheck.CheckTown.FY2022;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import jp.bansou.datacheck.CheckScope;
import jp.bansou.datacheck.CheckTown;
import jp.bansou.datacheck.DataCheck;
import jp.bansou.datacheck.DataCheckReport;
import jp.bansou.datacheck.DataChecks;
import jp.bansou.datacheck.Finding;
import jp.bansou.datacheck.Findings;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.UserRole;
import jp.bansou.period.Period;
import jp.bansou.period.PeriodKind;
import jp.bansou.period.PeriodLocks;
import jp.bansou.shared.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each check finds the problem planted for it in an association of its own and leaves the clean
 * case beside it alone; run on H2 and on PostgreSQL by the subclasses.
 */
@Transactional
abstract class DataChecksContract {

    private static final LocalDate TODAY = LocalDate.of(2022, 11, 15);

    @Autowired ApplicationContext context;
    @Autowired DataChecks checks;
    @Autowired RoleCheck roles;
    @Autowired TargetCheck targets;
    @Autowired DistrictSplitCheck splits;
    @Autowired SubItemCheck subItems;
    @Autowired RecordsWithoutStaffCheck withoutStaff;
    @Autowired RecordsWithoutDistrictCheck withoutDistrict;
    @Autowired FutureRecordsCheck future;
    @Autowired DuplicateBusinessCheck duplicates;
    @Autowired LateEntryCheck lateEntries;
    @Autowired PeriodLocks locks;
    @Autowired JdbcClient jdbc;

    private CheckTown town;

    @BeforeEach
    void setUp() {
        town = new CheckTown(context);
    }

    @Test
    void findsItemsWithoutLeadOrReviewerOfTheYearOnly() {
        long complete = town.year(town.item("完全"), FY2022, "10", "5");
        long noLead = town.year(town.item("主担当なし"), FY2022, "10", "5");
        long noReviewer = town.year(town.item("確認者なし"), FY2022, "10", "5");
        long neither = town.year(town.item("どちらもなし"), FY2022, "10", "5");
        long lastYear = town.year(town.item("前年度"), FY2021, "10", "5");
        town.dropRole(noLead, "LEAD");
        town.dropRole(noReviewer, "REVIEWER");
        town.dropRole(neither, "LEAD");
        town.dropRole(neither, "REVIEWER");
        town.dropRole(lastYear, "LEAD");
        assertThat(run(roles, FY2022).lines()).extracting(Finding::subject, Finding::problem, Finding::link)
                .containsExactly(
                        tuple("主担当なし", "datacheck.roles.noLead", "/items/" + noLead),
                        tuple("確認者なし", "datacheck.roles.noReviewer", "/items/" + noReviewer),
                        tuple("どちらもなし", "datacheck.roles.neither", "/items/" + neither));
        assertThat(run(roles, FY2022).lines()).extracting(Finding::link).doesNotContain("/items/" + complete);
    }

    @Test
    void findsItemsWithoutATargetOrWithoutARowInAYearOfThePlan() {
        town.year(town.item("目標あり"), FY2022, "10", null);
        long empty = town.year(town.item("目標なし"), FY2022, null, "3");
        long dropped = town.item("今年度の行なし");
        long lastYear = town.year(dropped, FY2021, "8", "8");
        town.item("一度も行なし");
        assertThat(run(targets, FY2022).lines()).extracting(Finding::subject, Finding::problem, Finding::link)
                .containsExactly(
                        tuple("目標なし", "datacheck.targets.none", "/items/" + empty),
                        tuple("今年度の行なし", "datacheck.targets.noRow", "/items/" + lastYear),
                        tuple("一度も行なし", "datacheck.targets.noRow", "/target-table?fy=2022"));
    }

    @Test
    void expectsNoRowsOutsideThePlansYears() {
        town.year(town.item("計画期間内"), FY2022, "10", null);
        long empty = town.year(town.item("計画期間外で目標なし"), FiscalYear.of(2026), null, null);
        assertThat(run(targets, FiscalYear.of(2026)).lines()).extracting(Finding::link)
                .containsExactly("/items/" + empty);
        assertThat(run(targets, FiscalYear.of(2030)).isEmpty()).isTrue();
    }

    @Test
    void findsDistrictSplitsThatDoNotAddUpToTheActual() {
        town.year(town.item("一致"), FY2022, "10", "7", split("3", "4"));
        long differs = town.year(town.item("不一致"), FY2022, "10", "8", split("3", "4"));
        long noActual = town.year(town.item("実績なし"), FY2022, "10", null, split("2", "3"));
        town.year(town.item("地区別なし"), FY2022, "10", "8");
        town.year(town.item("ゼロのみ"), FY2022, "10", null, split("0", "0"));
        assertThat(run(splits, FY2022).lines()).extracting(Finding::subject, Finding::problem, Finding::arguments,
                        Finding::link)
                .containsExactly(
                        tuple("不一致", "datacheck.districtSplit.differs", List.of(new BigDecimal("7"),
                                new BigDecimal("8")), "/items/" + differs),
                        tuple("実績なし", "datacheck.districtSplit.noActual", List.of(new BigDecimal("5")),
                                "/items/" + noActual));
    }

    @Test
    void findsSubItemsAboveTheirParentAndLinksTheSubItem() {
        long parent = town.item("相談件数");
        town.year(parent, FY2022, "100", "10");
        long above = town.year(town.subItem("うち創業", parent), FY2022, "5", "12");
        town.year(town.subItem("うち承継", parent), FY2022, "5", "10");
        town.year(town.subItem("うち未入力", parent), FY2022, "5", null);
        assertThat(run(subItems, FY2022).lines()).extracting(Finding::subject, Finding::arguments, Finding::link)
                .containsExactly(tuple("うち創業", List.of(new BigDecimal("12"), "相談件数", new BigDecimal("10")),
                        "/items/" + above));
    }

    @Test
    void findsRecordsOfTheYearWithoutStaff() {
        long business = town.business("株式会社 点検", town.branch(), null);
        long nobody = town.visit(business, LocalDate.of(2022, 5, 10), false);
        town.visit(business, LocalDate.of(2022, 5, 11), true);
        town.visit(business, LocalDate.of(2022, 3, 31), false);
        assertThat(run(withoutStaff, FY2022).lines()).extracting(Finding::subject, Finding::link)
                .containsExactly(tuple("2022-05-10 巡回相談 株式会社 点検", "/activities?fy=2022&record=" + nobody));
    }

    @Test
    void findsRecordsWithNeitherBusinessNorDistrict() {
        long nowhere = town.seminar(null, LocalDate.of(2023, 1, 20));
        town.seminar(town.branch(), LocalDate.of(2023, 1, 21));
        town.visit(town.business("有限会社 地区", town.branch(), null), LocalDate.of(2023, 1, 22), true);
        assertThat(run(withoutDistrict, FY2022).lines()).extracting(Finding::subject, Finding::link)
                .containsExactly(tuple("2023-01-20 セミナー開催", "/activities?fy=2022&record=" + nowhere));
    }

    @Test
    void findsRecordsDatedAfterTodayInAnyYear() {
        long business = town.business("株式会社 未来", town.head(), null);
        town.visit(business, TODAY, true);
        long tomorrow = town.visit(business, TODAY.plusDays(1), true);
        long nextYear = town.seminar(town.head(), LocalDate.of(2023, 6, 1));
        Findings found = run(future, FY2021);
        assertThat(found.lines()).extracting(Finding::link).containsExactly(
                "/activities?fy=2022&record=" + tomorrow, "/activities?fy=2023&record=" + nextYear);
        assertThat(found.lines().get(0).arguments()).containsExactly("2022-11-15");
    }

    @Test
    void findsRecordsEnteredIntoAPeriodAfterItWasClosed() {
        long business = town.business("株式会社 締め後", town.head(), null);
        long before = town.visit(business, LocalDate.of(2022, 5, 10), true);
        long late = town.visit(business, LocalDate.of(2022, 5, 20), true);
        long openMonth = town.visit(business, LocalDate.of(2022, 6, 1), true);
        long otherYear = town.visit(business, LocalDate.of(2021, 5, 20), true);
        close(Period.month(FY2022, 5), "2022-06-05T10:00:00");
        close(Period.month(FY2021, 5), "2022-06-05T10:00:00");
        entered(before, "2022-06-05T09:59:00");
        entered(late, "2022-06-07T15:30:00");
        entered(openMonth, "2022-06-07T15:30:00");
        entered(otherYear, "2022-06-07T15:30:00");
        Findings found = run(lateEntries, FY2022);
        assertThat(found.count()).isEqualTo(1);
        assertThat(found.lines()).extracting(Finding::subject, Finding::problem, Finding::arguments, Finding::link)
                .containsExactly(tuple("2022-05-20 巡回相談 株式会社 締め後", "datacheck.lateEntries.problem",
                        List.of("令和4年度 5月", "2022-06-05 10:00", "2022-06-07 15:30"),
                        "/activities?fy=2022&record=" + late));
        assertThat(run(lateEntries, FY2021).lines()).extracting(Finding::link)
                .containsExactly("/activities?fy=2021&record=" + otherYear);
    }

    @Test
    void namesTheFirstClosingARecordCameAfterAndCountsAReclosingFromItsLatestClosing() {
        long business = town.business("株式会社 年度締め", town.head(), null);
        long afterMonth = town.visit(business, LocalDate.of(2022, 5, 20), true);
        long afterYear = town.visit(business, LocalDate.of(2022, 8, 1), true);
        long beforeReclosing = town.visit(business, LocalDate.of(2022, 11, 1), true);
        close(Period.month(FY2022, 5), "2022-06-05T10:00:00");
        close(Period.of(FY2022, PeriodKind.YEAR), "2023-04-20T09:00:00");
        entered(afterMonth, "2022-07-01T12:00:00");
        entered(afterYear, "2023-05-01T12:00:00");
        entered(beforeReclosing, "2023-04-19T12:00:00");
        assertThat(run(lateEntries, FY2022).lines()).extracting(Finding::link, f -> f.arguments().get(0))
                .containsExactly(tuple("/activities?fy=2022&record=" + afterMonth, "令和4年度 5月"),
                        tuple("/activities?fy=2022&record=" + afterYear, "令和4年度"));
    }

    /** Closes the period for the town by an admin of its own, at the Japan time given. */
    private void close(Period period, String japanTime) {
        BansouUser admin = new BansouUser(0, town.association(), "town-admin", "", "点検 管理者", UserRole.ADMIN,
                null, true);
        assertThat(locks.close(admin, period)).isTrue();
        jdbc.sql("UPDATE period_lock SET closed_at = ? WHERE association_id = ? AND fiscal_year = ? AND kind = ?"
                        + " AND month_number = ?")
                .params(LocalDateTime.parse(japanTime), town.association(), period.year().startYear(),
                        period.kind().name(), period.month() == null ? 0 : period.month())
                .update();
    }

    /** Plants when the record came in, given in Japan time and stored as the database keeps it (the JVM's zone). */
    private void entered(long record, String japanTime) {
        LocalDateTime local = LocalDateTime.parse(japanTime).atZone(ZoneId.of("Asia/Tokyo"))
                .withZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime();
        jdbc.sql("UPDATE activity_record SET created_at = ? WHERE id = ?").params(local, record).update();
    }

    @Test
    void findsDuplicateBusinessesAndLinksTheMergeKeepingTheOlder() {
        long numbered = town.business("点検造船", town.branch(), "T-1");
        long sameNumber = town.business("点検造船所", town.branch(), "T-1");
        long shortName = town.business("(株)点検", town.head(), null);
        long longName = town.business("株式会社 点検", town.head(), null);
        town.business("株式会社 点検", town.branch(), null);
        town.business("別の会社", town.head(), "T-2");
        assertThat(run(duplicates, FY2022).lines()).extracting(Finding::problem, Finding::arguments, Finding::link)
                .containsExactly(
                        tuple("datacheck.duplicateBusinesses.sameNumber", List.of("T-1"),
                                "/businesses/" + numbered + "/merge?duplicate=" + sameNumber),
                        tuple("datacheck.duplicateBusinesses.sameName", List.of("本所"),
                                "/businesses/" + shortName + "/merge?duplicate=" + longName));
    }

    @Test
    void countsEveryRecordButListsAtMostTheLimit() {
        long business = town.business("株式会社 多数", town.head(), null);
        for (int day = 0; day <= DataCheck.MAX_LINES; day++) {
            town.visit(business, LocalDate.of(2022, 4, 1).plusDays(day), false);
        }
        Findings found = run(withoutStaff, FY2022);
        assertThat(found.count()).isEqualTo(DataCheck.MAX_LINES + 1);
        assertThat(found.lines()).hasSize(DataCheck.MAX_LINES);
        assertThat(found.lines().get(0).subject()).startsWith("2022-04-01");
    }

    @Test
    void runsEveryCheckInOrderAndReportsNothingForACleanTown() {
        long business = town.business("株式会社 健全", town.head(), "H-1");
        town.year(town.item("健全な項目"), FY2022, "10", "7", split("3", "4"));
        town.visit(business, LocalDate.of(2022, 6, 1), true);
        DataCheckReport report = checks.run(town.association(), FY2022);
        assertThat(report.results()).extracting(r -> r.code()).containsExactly("roles", "targets", "districtSplit",
                "subItems", "recordsWithoutStaff", "recordsWithoutDistrict", "futureRecords", "lateEntries", "duplicateBusinesses");
        assertThat(report.total()).isZero();
        assertThat(report.today()).isEqualTo(checks.today());
    }

    private Findings run(DataCheck check, FiscalYear year) {
        return check.run(new CheckScope(town.association(), year, TODAY));
    }

    private Map<Long, BigDecimal> split(String head, String branch) {
        return Map.of(town.head(), new BigDecimal(head), town.branch(), new BigDecimal(branch));
    }
}
