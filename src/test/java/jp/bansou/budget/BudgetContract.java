package jp.bansou.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditFilter;
import jp.bansou.audit.AuditQueries;
import jp.bansou.audit.AuditRow;
import jp.bansou.audit.AuditType;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.OrganizationService;
import jp.bansou.period.Period;
import jp.bansou.period.PeriodClosedException;
import jp.bansou.period.PeriodLocks;
import jp.bansou.plan.PlanQueries;
import jp.bansou.schedule.EventDraft;
import jp.bansou.schedule.PlannedWhen;
import jp.bansou.schedule.ScheduleQueries;
import jp.bansou.schedule.ScheduleService;
import jp.bansou.shared.FiscalYear;
import jp.bansou.shared.Yen;
import jp.bansou.support.SeedItems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budget lines, transfers and the spending ledger on H2 and PostgreSQL (the subclasses): exact yen
 * sums per line, area, category and in total; the over-budget rule; reversals; audit rows.
 */
@Transactional
abstract class BudgetContract {

    static final FiscalYear FY = FiscalYear.of(2024);

    @Autowired BudgetQueries queries;
    @Autowired BudgetService budget;
    @Autowired ExpenseCategories categories;
    @Autowired SpendingLedger ledger;
    @Autowired AuditQueries audit;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;
    @Autowired OrganizationService organizationService;
    @Autowired PeriodLocks locks;
    @Autowired ScheduleService scheduleService;
    @Autowired ScheduleQueries scheduleQueries;
    @Autowired UserDetailsService users;

    long association;
    BudgetFixtures fx;

    @BeforeEach
    void setUp() {
        association = new SeedItems(plan, organization).associationId();
        fx = new BudgetFixtures(association, queries, budget, categories, ledger);
    }

    @Test
    void startsEveryAssociationWithTheTenCategories() {
        long created = organizationService.createAssociation("budget-test", "予算テスト商工会");
        List<String> expected = ExpenseCategory.DEFAULT_NAMES;
        assertThat(categories.all(association)).extracting(ExpenseCategory::name).containsExactlyElementsOf(expected);
        assertThat(categories.all(created)).extracting(ExpenseCategory::name).containsExactlyElementsOf(expected);
    }

    @Test
    void sumsWholeYenExactlyPerLineAreaCategoryAndInTotal() {
        long big = 9_007_199_254_740_993L; // 2^53 + 1: a double would lose the last yen
        long honoraria = fx.line(FY, 0, "謝金", big);
        long travel = fx.line(FY, 0, "旅費", 300_000);
        long otherHonoraria = fx.line(FY, 1, "謝金", 200_001);
        fx.spend(honoraria, LocalDate.of(2024, 5, 10), 1);
        fx.spend(travel, LocalDate.of(2024, 6, 1), 100_001);
        fx.spend(travel, LocalDate.of(2025, 3, 31), 33_333);
        fx.spend(otherHonoraria, LocalDate.of(2025, 1, 15), 200_001);

        BudgetTable table = queries.table(association, FY);

        assertThat(table.lines()).extracting(BudgetRow::lineId).containsExactly(honoraria, travel, otherHonoraria);
        assertThat(table.lines().get(0).balance().remaining()).isEqualTo(Yen.of(big - 1));
        assertThat(table.lines().get(1).balance().spent()).isEqualTo(Yen.of(133_334));
        assertThat(table.lines().get(1).balance().executionRateText()).isEqualTo("44.4%");
        assertThat(table.lines().get(2).balance().executionRateText()).isEqualTo("100.0%");
        assertThat(table.areas()).extracting(s -> s.balance().current())
                .containsExactly(Yen.of(big + 300_000), Yen.of(200_001));
        assertThat(table.categories()).extracting(BudgetSum::name).containsExactly("謝金", "旅費");
        assertThat(table.categories().get(0).balance().current()).isEqualTo(Yen.of(big + 200_001));
        assertThat(table.categories().get(0).balance().spent()).isEqualTo(Yen.of(200_002));
        assertThat(table.total().current()).isEqualTo(Yen.of(big + 500_001));
        assertThat(table.total().spent()).isEqualTo(Yen.of(333_336));
        assertThat(table.total().remaining()).isEqualTo(Yen.of(big + 500_001 - 333_336));
    }

    @Test
    void changesALineInPlaceAndRecordsBeforeAndAfter() {
        long line = fx.line(FY, 0, "広報費", 50_000);
        long again = budget.setLine(association, FY, fx.area(0), fx.category("広報費"), Yen.of(80_000), "チラシ増刷");

        assertThat(again).isEqualTo(line);
        assertThat(queries.table(association, FY).lines()).singleElement()
                .satisfies(r -> assertThat(r.balance().budget()).isEqualTo(Yen.of(80_000)))
                .satisfies(r -> assertThat(r.note()).isEqualTo("チラシ増刷"));
        AuditRow row = latest();
        assertThat(row.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(row.label()).isEqualTo("令和6年度 " + fx.areaName(0) + " / 広報費");
        assertThat(row.before()).isEqualTo("予算額: 50,000円; 備考: （なし）");
        assertThat(row.after()).isEqualTo("予算額: 80,000円; 備考: チラシ増刷");
    }

    @Test
    void refusesAnEntryOverTheBudgetWithoutAReasonAndStoresItWithOne() {
        long line = fx.line(FY, 0, "会場借料", 100_000);
        fx.spend(line, LocalDate.of(2024, 7, 1), 90_000);

        assertThatThrownBy(() -> ledger.spend(association,
                BudgetFixtures.spending(line, LocalDate.of(2024, 7, 2), 10_001, null)))
                .isInstanceOf(OverBudgetException.class)
                .hasMessageContaining("1円超えます").hasMessageContaining("残額 10,000円");
        assertThat(queries.ledger(association, FY).entries()).hasSize(1);

        ledger.spend(association, BudgetFixtures.spending(line, LocalDate.of(2024, 7, 2), 10_001, "会場の追加利用"));

        Ledger book = queries.ledger(association, FY);
        assertThat(book.entries()).hasSize(2);
        assertThat(book.entries().get(1).reason()).isEqualTo("会場の追加利用");
        assertThat(queries.table(association, FY).total().remaining()).isEqualTo(Yen.of(-1));
        assertThat(latest().reason()).isEqualTo("会場の追加利用");
        assertThat(latest().after()).contains("予算超過: 1円");
    }

    @Test
    void exactlyUsingUpTheBudgetNeedsNoReason() {
        long line = fx.line(FY, 0, "会場借料", 100_000);
        fx.spend(line, LocalDate.of(2024, 7, 1), 100_000);
        assertThat(queries.table(association, FY).total().remaining()).isEqualTo(Yen.ZERO);
    }

    @Test
    void reversesAnEntryWithANegativeEntryOnceAndDeletesNothing() {
        long line = fx.line(FY, 0, "印刷製本費", 100_000);
        long entry = fx.spend(line, LocalDate.of(2024, 8, 1), 45_000);

        long reversal = ledger.reverse(association, entry, LocalDate.of(2024, 8, 20), "金額の誤り");

        Ledger book = queries.ledger(association, FY);
        assertThat(book.entries()).extracting(LedgerEntry::id).containsExactly(entry, reversal);
        assertThat(book.entries().get(0).reversedBy()).isEqualTo(reversal);
        assertThat(book.entries().get(1).amount()).isEqualTo(Yen.of(-45_000));
        assertThat(book.entries().get(1).reversesId()).isEqualTo(entry);
        assertThat(book.entries().get(1).payee()).isEqualTo("呉市文化ホール");
        assertThat(book.total()).isEqualTo(Yen.ZERO);
        assertThat(queries.table(association, FY).total().spent()).isEqualTo(Yen.ZERO);
        assertThat(latest().reason()).isEqualTo("金額の誤り");
        assertThatThrownBy(() -> ledger.reverse(association, entry, LocalDate.of(2024, 8, 21), "再度"))
                .hasMessage("この支出はすでに取り消されています");
        assertThatThrownBy(() -> ledger.reverse(association, reversal, LocalDate.of(2024, 8, 21), "再度"))
                .hasMessage("取消の記帳はさらに取り消せません");
        assertThatThrownBy(() -> ledger.reverse(association, entry, LocalDate.of(2024, 8, 21), " "))
                .hasMessage("取消の理由を入力してください");
    }

    @Test
    void transfersBudgetBetweenLinesAndRefusesMoreThanIsLeft() {
        long from = fx.line(FY, 0, "謝金", 100_000);
        long to = fx.line(FY, 1, "旅費", 10_000);
        fx.spend(from, LocalDate.of(2024, 9, 1), 60_000);

        assertThatThrownBy(() -> budget.transfer(association,
                new NewTransfer(from, to, Yen.of(40_001), LocalDate.of(2024, 10, 1), "不足")))
                .hasMessageContaining("残額（40,000円）を超えて流用できません");
        budget.transfer(association, new NewTransfer(from, to, Yen.of(40_000), LocalDate.of(2024, 10, 1), "旅費の不足"));

        BudgetTable table = queries.table(association, FY);
        assertThat(table.lines().get(0).balance().transfersOut()).isEqualTo(Yen.of(40_000));
        assertThat(table.lines().get(0).balance().remaining()).isEqualTo(Yen.ZERO);
        assertThat(table.lines().get(1).balance().current()).isEqualTo(Yen.of(50_000));
        assertThat(table.total().current()).isEqualTo(Yen.of(110_000));
        assertThat(queries.transfers(association, FY)).singleElement()
                .satisfies(t -> assertThat(t.reason()).isEqualTo("旅費の不足"))
                .satisfies(t -> assertThat(t.fromLine()).endsWith(" / 謝金"));
        assertThat(latest().reason()).isEqualTo("旅費の不足");
    }

    @Test
    void refusesDatesOutsideTheLinesYearAndUnknownRecords() {
        long line = fx.line(FY, 0, "謝金", 100_000);
        assertThatThrownBy(() -> fx.spend(line, LocalDate.of(2025, 4, 1), 1))
                .hasMessage("支出日は予算の年度（令和6年度）の日付を入力してください");
        assertThatThrownBy(() -> ledger.spend(association, new NewSpending(line, LocalDate.of(2024, 4, 1), Yen.of(1),
                "講師", "謝礼", null, -5L, null)))
                .hasMessage("活動記録 -5 が見つかりません");
    }

    @Test
    void putsJanuaryToMarchInTheYearThatBeganInApril() {
        long line = fx.line(FY, 0, "消耗品費", 100_000);
        fx.spend(line, LocalDate.of(2024, 4, 30), 1_000);
        fx.spend(line, LocalDate.of(2025, 1, 5), 2_000);
        fx.spend(line, LocalDate.of(2025, 3, 31), 3_000);
        fx.line(FiscalYear.of(2025), 0, "消耗品費", 100_000);

        MonthlySpending monthly = queries.monthly(association, FY);

        assertThat(monthly.months()).first().isEqualTo("4月");
        assertThat(monthly.spent()).containsExactly(1_000L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 2_000L, 0L, 3_000L);
        assertThat(monthly.cumulative().get(11)).isEqualTo(6_000L);
        assertThat(monthly.budget()).isEqualTo(100_000L);
        assertThat(queries.years(association)).containsExactly(FiscalYear.of(2022), FY, FiscalYear.of(2025));
    }

    @Test
    void maintainsTheCategoryListWithAuditRows() {
        long id = categories.add(association, " 会議費 ");
        categories.rename(association, id, "会議費（茶菓）");
        categories.setActive(association, id, false);

        assertThat(categories.all(association)).last()
                .isEqualTo(new ExpenseCategory(id, "会議費（茶菓）", 11, false));
        assertThatThrownBy(() -> categories.add(association, "謝金")).hasMessage("費目「謝金」はすでにあります");
        assertThatThrownBy(() -> fx.line(FY, 0, "会議費（茶菓）", 1)).hasMessage("費目「会議費（茶菓）」は使用していません");
        assertThat(latest().after()).isEqualTo("使用: しない");
    }

    @Test
    void entersIntoAClosedMonthOnlyAsAnAdminGivingAReason() {
        long line = fx.line(FY, 0, "謝金", 100_000);
        BansouUser admin = (BansouUser) users.loadUserByUsername("admin");
        BansouUser staff = (BansouUser) users.loadUserByUsername("kawamoto");
        long june = fx.spend(line, LocalDate.of(2024, 6, 1), 500);
        locks.close(admin, Period.month(FY, 5));
        NewSpending may = BudgetFixtures.spending(line, LocalDate.of(2024, 5, 20), 1_000, null);

        assertThatThrownBy(() -> ledger.spend(staff, may, null)).isInstanceOf(PeriodClosedException.class)
                .hasMessage("令和6年度 5月は締められています。締めた期間の数値を変更できるのは管理者だけです");
        assertThatThrownBy(() -> ledger.spend(admin, may, " ")).isInstanceOf(PeriodClosedException.class);
        assertThatThrownBy(() -> ledger.reverse(staff, june, LocalDate.of(2024, 5, 31), "誤り"))
                .isInstanceOf(PeriodClosedException.class);
        ledger.spend(admin, may, "5月分の請求書が遅れて届いた");
        ledger.spend(staff, BudgetFixtures.spending(line, LocalDate.of(2024, 6, 2), 700, null), null);

        assertThat(queries.table(association, FY).total().spent()).isEqualTo(Yen.of(2_200));
        assertThat(latest().reason()).isNull();
        assertThat(audit.search(association, new AuditFilter(null, null, null, AuditType.BUDGET, null, null), 0, 2)
                .rows().get(1).reason()).isEqualTo("5月分の請求書が遅れて届いた");
    }

    @Test
    void linksAnEntryToAPlannedEventOfTheSchedule() {
        BansouUser admin = (BansouUser) users.loadUserByUsername("admin");
        long event = scheduleService.add(admin, new EventDraft(fx.area(0), scheduleQueries.kinds(association).get(0).id(),
                "経営分析セミナー", PlannedWhen.month(YearMonth.of(2024, 7)), "本所", List.of(), Set.of(), null));
        long line = fx.line(FY, 0, "謝金", 100_000);
        long entry = ledger.spend(association, new NewSpending(line, LocalDate.of(2024, 7, 10), Yen.of(30_000), "講師",
                "セミナー講師謝金", null, null, event, null));
        ledger.reverse(association, entry, LocalDate.of(2024, 7, 11), "講師の変更");

        assertThat(queries.ledger(association, FY).entries()).hasSize(2).allSatisfy(e -> {
            assertThat(e.eventId()).isEqualTo(event);
            assertThat(e.eventTitle()).isEqualTo("経営分析セミナー");
        });
        assertThatThrownBy(() -> ledger.spend(association, new NewSpending(line, LocalDate.of(2024, 7, 10), Yen.of(1),
                "講師", "謝金", null, null, -1L, null))).hasMessage("予定 -1 が見つかりません");
    }

    @Test
    void theDemoHasASampleBudgetForFy2022() {
        BudgetTable table = queries.table(association, FiscalYear.of(2022));
        assertThat(table.lines()).hasSize(9);
        assertThat(table.total().current()).isEqualTo(Yen.of(2_960_000));
        assertThat(table.total().spent()).isEqualTo(Yen.of(1_236_880));
        assertThat(table.total().executionRateText()).isEqualTo("41.8%");
        Ledger book = queries.ledger(association, FiscalYear.of(2022));
        assertThat(book.entries()).filteredOn(LedgerEntry::isReversal).hasSize(1);
        assertThat(book.entries()).filteredOn(e -> e.reason() != null && !e.isReversal()).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("展示会の出展者増で大ホールに変更"));
        assertThat(book.entries()).anySatisfy(e -> assertThat(e.activityRecordId()).isNotNull());
        assertThat(queries.transfers(association, FiscalYear.of(2022))).hasSize(1);
    }

    AuditRow latest() {
        return audit.search(association, new AuditFilter(null, null, null, AuditType.BUDGET, null, null), 0, 1)
                .rows().get(0);
    }
}
