package jp.bansou.rollover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.RoleHolder;
import jp.bansou.plan.ItemYearDetail;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.TargetRow;
import jp.bansou.plan.TargetSource;
import jp.bansou.plan.YearAlreadySetUpException;
import jp.bansou.schedule.EventDraft;
import jp.bansou.schedule.EventStatus;
import jp.bansou.schedule.Outcome;
import jp.bansou.schedule.PlannedWhen;
import jp.bansou.schedule.Recurrence;
import jp.bansou.schedule.ScheduleEvent;
import jp.bansou.schedule.ScheduleQueries;
import jp.bansou.schedule.ScheduleService;
import jp.bansou.shared.FiscalYear;
import jp.bansou.support.LoggedIn;
import jp.bansou.support.SeedItems;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year-end rollover on H2 and PostgreSQL (the subclasses), rolling the demo's 令和4年度 over into
 * 令和5年度: what is created per module, the five-year and derived targets, the refusal of a second
 * rollover, and every row stored before left exactly as it was.
 */
@Transactional
abstract class RolloverContract {

    static final FiscalYear FY2022 = SeedItems.FY2022;
    static final FiscalYear FY2023 = FiscalYear.of(2023);

    @Autowired YearRollover rollover;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;
    @Autowired ScheduleService scheduleService;
    @Autowired ScheduleQueries schedule;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

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

    @Test
    void createsNextYearsItemsWithTheirRolesAndAnEmptyActualGradeAndNote() {
        RolloverResult result = rollover.rollOver(association, FY2022);

        List<TargetRow> source = rows(FY2022);
        List<TargetRow> next = rows(FY2023);
        assertThat(next).extracting(TargetRow::itemId).containsExactlyElementsOf(
                source.stream().map(TargetRow::itemId).toList());
        assertThat(result.plan().items()).isEqualTo(source.size());
        assertThat(next).allSatisfy(r -> {
            assertThat(r.grade()).isNull();
            assertThat(r.note()).isNull();
        });
        for (int i = 0; i < source.size(); i++) {
            assertThat(next.get(i).reviewer()).isEqualTo(source.get(i).reviewer());
            assertThat(next.get(i).lead()).isEqualTo(source.get(i).lead());
            assertThat(next.get(i).deputies()).isEqualTo(source.get(i).deputies());
        }
        assertThat(result.plan().roles()).isEqualTo(roleCount(FY2022)).isEqualTo(roleCount(FY2023)).isPositive();
    }

    @Test
    void takesTheFiveYearPlansYearlyTargetAndCarriesTheOthersOver() {
        jdbc.update("UPDATE item_year SET target_value = 250 WHERE id = ?", seed.itemYearId("確定申告指導件数", FY2022));

        RolloverResult result = rollover.rollOver(association, FY2022);

        assertThat(seed.row("確定申告指導件数", FY2023).target().value()).isEqualByComparingTo("300");
        assertThat(seed.row("特産品開発支援5年後に40品目", FY2023).target().value())
                .isEqualByComparingTo(seed.row("特産品開発支援5年後に40品目", FY2022).target().value());
        assertThat(seed.row("全国連業況判断DI実施回数(HP公開)", FY2023).target().value()).isEqualByComparingTo("12");
        assertThat(result.plan().from(TargetSource.FIVE_YEAR_PLAN)).isEqualTo(1);
        assertThat(result.plan().from(TargetSource.CARRIED_OVER)).isPositive();
    }

    @Test
    void leavesOutAnItemRetiredFromNextYear() {
        long retired = seed.row("全国連業況判断DI実施回数(HP公開)", FY2022).itemId();
        jdbc.update("UPDATE kpi_item SET retired_from = ? WHERE id = ?", FY2023.startYear(), retired);

        RolloverResult result = rollover.rollOver(association, FY2022);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM item_year WHERE item_id = ? AND fiscal_year = ?",
                Integer.class, retired, FY2023.startYear())).isZero();
        assertThat(result.plan().items()).isEqualTo(rows(FY2022).size() - 1);
    }

    @Test
    void recomputesDerivedTargetsFromNextYearsHeadcount() {
        rollover.rollOver(association, FY2022);

        ItemYearDetail next = seed.detail(seed.itemYearId("巡回相談件数", FY2023));
        assertThat(next.derivation()).isEqualTo(seed.detail(seed.itemYearId("巡回相談件数", FY2022)).derivation());
        int headcount = organization.headcount(next.derivation().groupId(), FY2023);
        assertThat(next.target()).isEqualByComparingTo(next.derivation().targetFor(headcount));
    }

    @Test
    void countsNextYearByTheRulesThatApplyToIt() {
        RolloverResult result = rollover.rollOver(association, FY2022);

        assertThat(result.rules()).isPositive();
        Integer counted = jdbc.queryForObject("""
                SELECT COUNT(*) FROM item_year y JOIN kpi_item i ON i.id = y.item_id
                WHERE i.association_id = ? AND y.fiscal_year = 2023 AND y.actual_source = 'COUNTED'""",
                Integer.class, association);
        assertThat(counted).isEqualTo(result.rules());
    }

    @Test
    void copiesThePlannedEventsOneYearOnWithoutTheirOutcomes() {
        BansouUser admin = new LoggedIn(users).as("admin");
        long area = schedule.areas(association).get(0).id();
        long kind = schedule.kinds(association).get(0).id();
        long itemId = seed.row("確定申告指導件数", FY2022).itemId();
        long held = scheduleService.add(admin, new EventDraft(area, kind, "決算セミナー",
                PlannedWhen.days(LocalDate.of(2022, 6, 15), LocalDate.of(2022, 6, 16)), "本所",
                List.of(RoleHolder.group(organization.groups(association).get(0).id())), Set.of(itemId), "講師 税理士"));
        scheduleService.setOutcome(admin, held, Outcome.done(LocalDate.of(2022, 6, 15)));
        scheduleService.addRecurring(admin, FY2022, Recurrence.parse("quarterly: 4,7,10,1月"), new EventDraft(area, kind,
                "景況調査", PlannedWhen.month(YearMonth.of(2022, 4)), null, List.of(), Set.of(), null));

        RolloverResult result = rollover.rollOver(association, FY2022);

        List<ScheduleEvent> next = schedule.events(association, FY2023);
        assertThat(result.events()).isEqualTo(5).isEqualTo(next.size());
        assertThat(next).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo(EventStatus.PLANNED);
            assertThat(e.actualDate()).isNull();
        });
        ScheduleEvent seminar = next.stream().filter(e -> e.title().equals("決算セミナー")).findFirst().orElseThrow();
        assertThat(seminar.when().from()).isEqualTo(LocalDate.of(2023, 6, 15));
        assertThat(seminar.when().to()).isEqualTo(LocalDate.of(2023, 6, 16));
        assertThat(seminar.itemIds()).containsExactly(itemId);
        assertThat(seminar.holderKeys()).hasSize(1);
        assertThat(next.stream().filter(e -> e.title().equals("景況調査")).map(e -> e.when().from()))
                .containsExactly(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 7, 1), LocalDate.of(2023, 10, 1),
                        LocalDate.of(2024, 1, 1));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM schedule_plan WHERE fiscal_year = 2023", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void copiesTheBudgetLinesWithTheirAmountsButNoSpending() {
        RolloverResult result = rollover.rollOver(association, FY2022);

        String lines = "SELECT area_id, category_id, amount, note FROM budget_line WHERE association_id = ? AND fiscal_year = ? ORDER BY area_id, category_id";
        List<Map<String, Object>> source = jdbc.queryForList(lines, association, 2022);
        assertThat(source).isNotEmpty();
        assertThat(jdbc.queryForList(lines, association, 2023)).isEqualTo(source);
        assertThat(result.budgetLines()).isEqualTo(source.size());
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM spending_entry s JOIN budget_line l ON l.id = s.line_id WHERE l.fiscal_year = 2023""",
                Integer.class)).isZero();
    }

    @Test
    void refusesASecondRolloverAndChangesNothing() {
        rollover.rollOver(association, FY2022);
        Map<String, List<String>> before = TableDump.of(jdbc);

        assertThatThrownBy(() -> rollover.rollOver(association, FY2022))
                .isInstanceOf(YearAlreadySetUpException.class).hasMessageContaining("令和5年度");
        assertThatThrownBy(() -> rollover.rollOver(association, SeedItems.FY2021))
                .isInstanceOf(YearAlreadySetUpException.class).hasMessageContaining("令和4年度");
        assertThat(TableDump.of(jdbc)).isEqualTo(before);
        assertThat(rollover.preview(association, FY2022).refused()).isTrue();
    }

    @Test
    void leavesEveryRowStoredBeforeExactlyAsItWas() {
        Map<String, List<String>> before = TableDump.of(jdbc);

        rollover.rollOver(association, FY2022);

        Map<String, List<String>> after = TableDump.of(jdbc);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((table, rows) -> assertThat(after.get(table)).as(table).containsAll(rows));
        assertThat(after.get("item_year").size()).isEqualTo(before.get("item_year").size() + rows(FY2022).size());
        assertThat(after.get("audit_entry")).anyMatch(row -> row.contains("entity_type=ROLLOVER|"));
    }

    @Test
    void showsThisYearsActualsAsNextYearsPreviousYearActual() {
        rollover.rollOver(association, FY2022);

        List<TargetRow> source = rows(FY2022);
        List<TargetRow> next = rows(FY2023);
        assertThat(source).anyMatch(r -> r.actual() != null);
        for (int i = 0; i < source.size(); i++) {
            BigDecimal actual = source.get(i).actual();
            TargetRow row = next.get(i);
            if (actual == null) {
                assertThat(row.previousActual()).as(row.name()).isNull();
            } else {
                assertThat(row.previousActual()).as(row.name()).isEqualByComparingTo(actual);
                assertThat(plan.previousActual(association, row.itemYearId())).contains(row.previousActual());
            }
        }
    }

    @Test
    void previewsWhatTheRolloverCreates() {
        RolloverPreview preview = rollover.preview(association, FY2022);

        assertThat(preview.refused()).isFalse();
        assertThat(preview.to()).isEqualTo(FY2023);
        assertThat(preview.items()).hasSize(rows(FY2022).size());
        assertThat(preview.itemsFrom(TargetSource.FIVE_YEAR_PLAN)).isEqualTo(1);
        assertThat(preview.itemsFrom(TargetSource.DERIVED)).isPositive();
        assertThat(preview.budgetLines()).isPositive();
        assertThat(preview.gradeSteps()).isPositive();
        RolloverResult result = rollover.rollOver(association, FY2022);
        assertThat(result.plan().from(TargetSource.DERIVED)).isEqualTo(preview.itemsFrom(TargetSource.DERIVED));
        assertThat(result.budgetLines()).isEqualTo(preview.budgetLines());
        assertThat(result.rules()).isEqualTo(preview.rules());
    }

    private List<TargetRow> rows(FiscalYear year) {
        return plan.targetTable(association, year).areas().stream().flatMap(a -> a.rows().stream()).toList();
    }

    private int roleCount(FiscalYear year) {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM item_year_role r JOIN item_year y ON y.id = r.item_year_id
                JOIN kpi_item i ON i.id = y.item_id WHERE i.association_id = ? AND y.fiscal_year = ?""",
                Integer.class, association, year.startYear());
    }
}
