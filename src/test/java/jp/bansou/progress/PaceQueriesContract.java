package jp.bansou.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import jp.bansou.activity.ActivityFixtures;
import jp.bansou.actuals.ActualsQueries;
import jp.bansou.actuals.ActualsService;
import jp.bansou.actuals.HalfYearActuals;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.TargetRow;
import jp.bansou.shared.FiscalYear;
import jp.bansou.support.SeedItems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pace read and written through the real tables on the seed association (FY2022 counted from its
 * sample records, FY2021 typed in), on H2 and PostgreSQL by the subclasses.
 */
@Transactional
abstract class PaceQueriesContract {

    static final FiscalYear FY2022 = SeedItems.FY2022;
    static final String VISITS = "巡回相談件数";
    static final String BOOKKEEPING = "記帳継続企業数";
    static final String STUDY_MEETINGS = "勉強会開催数";

    @Autowired PaceQueries queries;
    @Autowired PaceService service;
    @Autowired ActualsQueries actuals;
    @Autowired ActualsService actualsService;
    @Autowired JdbcClient jdbc;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;
    @Autowired ApplicationEventPublisher events;
    @Autowired ApplicationContext context;
    @Autowired UserDetailsService users;

    SeedItems seed;
    long association;

    @BeforeEach
    void setUp() {
        seed = new SeedItems(plan, organization);
        association = seed.associationId();
    }

    @Test
    void countsTheRecordsUpToTheDateAsTheHalfYearCountsThem() {
        Map<Long, HalfYearActuals> halves = actuals.halfYears(association, FY2022);
        Map<Long, BigDecimal> toSeptember = actuals.countedToDate(association, FY2022, LocalDate.of(2022, 9, 30));
        Map<Long, BigDecimal> toMarch = actuals.countedToDate(association, FY2022, FY2022.lastDay());
        for (String name : List.of(VISITS, BOOKKEEPING)) {
            TargetRow row = seed.row(name, FY2022);
            assertThat(toSeptember.get(row.itemId())).as(name).isEqualByComparingTo(halves.get(row.itemId()).firstHalf());
            assertThat(toMarch.get(row.itemId())).as(name).isEqualByComparingTo(row.actual());
        }
        assertThat(toSeptember).doesNotContainKey(seed.row(STUDY_MEETINGS, FY2022).itemId());
    }

    @Test
    void addsUpTheMonthsToTheYearsCountForEveryCountedItem() {
        Map<Long, Map<Month, BigDecimal>> months = actuals.countedByMonth(association, FY2022);
        List<TargetRow> counted = rows(FY2022).stream().filter(TargetRow::actualCounted).toList();
        assertThat(counted).isNotEmpty();
        for (TargetRow row : counted) {
            BigDecimal sum = months.get(row.itemId()).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as(row.name()).isEqualByComparingTo(row.actual());
        }
        assertThat(actuals.countedByMonth(association, SeedItems.FY2021)).isEmpty();
    }

    @Test
    void countsANewRecordAtOnce() {
        long visits = seed.row(VISITS, FY2022).itemId();
        LocalDate may = LocalDate.of(2022, 5, 10);
        BigDecimal before = actuals.countedToDate(association, FY2022, may).get(visits);
        ActivityFixtures fixtures = new ActivityFixtures(context);
        fixtures.visit(fixtures.plantBusiness("ペース確認商店", "音戸", null), may, "ペース");
        assertThat(actuals.countedToDate(association, FY2022, may).get(visits)).isEqualByComparingTo(before.add(BigDecimal.ONE));
    }

    @Test
    void countsTheDatesOfYearsCountedBeforeTheyWereKeptByDate() {
        long visits = seed.row(VISITS, FY2022).itemId();
        BigDecimal september = actuals.countedToDate(association, FY2022, LocalDate.of(2022, 9, 30)).get(visits);
        jdbc.sql("DELETE FROM counted_actual_day WHERE item_id = ?").param(visits).update();
        assertThat(actuals.countedToDate(association, FY2022, LocalDate.of(2022, 9, 30)).get(visits)).isZero();
        actualsService.countMissingDates();
        assertThat(actuals.countedToDate(association, FY2022, LocalDate.of(2022, 9, 30)).get(visits))
                .isEqualByComparingTo(september).isPositive();
    }

    @Test
    void spreadsACountedItemEvenlyWithoutLastYearsMonthsAndForecastsFromItsCount() {
        TargetRow row = seed.row(BOOKKEEPING, FY2022);
        LocalDate september = LocalDate.of(2022, 9, 30);
        ItemPace pace = queries.itemPace(association, row.itemYearId(), september).orElseThrow();
        BigDecimal counted = actuals.countedToDate(association, FY2022, september).get(row.itemId());
        assertThat(pace.counted()).isTrue();
        assertThat(pace.source()).isEqualTo(ProfileSource.EVEN);
        assertThat(pace.pace().expectedToDate()).isEqualByComparingTo(row.target().value().divide(BigDecimal.valueOf(2)));
        assertThat(pace.pace().actualToDate()).isEqualByComparingTo(counted);
        assertThat(pace.pace().forecast()).isEqualByComparingTo(counted.multiply(BigDecimal.valueOf(2)));
    }

    @Test
    void takesAManualItemsActualFromTheLatestCheckInUpToTheDate() {
        long id = seed.itemYearId(STUDY_MEETINGS, FY2022);
        checkIn(id, LocalDate.of(2022, 6, 30), "3");
        checkIn(id, LocalDate.of(2022, 8, 31), "4");
        checkIn(id, LocalDate.of(2022, 11, 30), "7");
        ItemPace september = queries.itemPace(association, id, LocalDate.of(2022, 9, 30)).orElseThrow();
        assertThat(september.counted()).isFalse();
        assertThat(september.pace().actualToDate()).isEqualByComparingTo("4");
        assertThat(september.pace().expectedToDate()).isEqualByComparingTo("5.0");
        assertThat(september.pace().forecast()).isEqualByComparingTo("8.0");
        assertThat(september.status()).isEqualTo(PaceStatus.ATTENTION);
        assertThat(queries.itemPace(association, id, LocalDate.of(2022, 6, 29)).orElseThrow().pace().actualToDate())
                .isNull();
    }

    @Test
    void spreadsByLastYearsReportedFiguresWhenThereAreAny() {
        long lastYear = seed.itemYearId(STUDY_MEETINGS, SeedItems.FY2021);
        checkIn(lastYear, LocalDate.of(2021, 6, 30), "3");
        checkIn(lastYear, LocalDate.of(2022, 3, 31), "12");
        // last year: 3 in June, 9 in March → by 30 September 3/12 of the target 10
        ItemPace pace = queries.itemPace(association, seed.itemYearId(STUDY_MEETINGS, FY2022),
                LocalDate.of(2022, 9, 30)).orElseThrow();
        assertThat(pace.source()).isEqualTo(ProfileSource.LAST_YEAR);
        assertThat(pace.pace().expectedToDate()).isEqualByComparingTo("2.5");
    }

    @Test
    void spreadsByTheLeadsMonthlyPlanBeforeAnythingElse() {
        long id = seed.itemYearId(STUDY_MEETINGS, FY2022);
        List<BigDecimal> months = new java.util.ArrayList<>(Collections.nCopies(12, BigDecimal.ZERO));
        months.set(0, new BigDecimal("4"));
        months.set(6, new BigDecimal("6"));
        service.savePlan(admin(), id, months);
        ItemPace pace = queries.itemPace(association, id, LocalDate.of(2022, 9, 30)).orElseThrow();
        assertThat(pace.source()).isEqualTo(ProfileSource.PLAN);
        assertThat(pace.pace().expectedToDate()).isEqualByComparingTo("4.0");
        assertThat(queries.monthlyPlan(association, id).orElseThrow().amounts()).isEqualTo(months);
        service.removePlan(admin(), id);
        assertThat(queries.monthlyPlan(association, id)).isEmpty();
    }

    @Test
    void letsAHandSetStatusStandUntilTheNextCheckIn() {
        long id = seed.itemYearId(STUDY_MEETINGS, FY2022);
        checkIn(id, LocalDate.of(2022, 9, 30), "5");
        service.setStatus(admin(), id, "BEHIND", "講師の都合で下期に延期");
        ItemPace overridden = queries.itemPace(association, id, LocalDate.of(2022, 9, 30)).orElseThrow();
        assertThat(overridden.pace().status()).isEqualTo(PaceStatus.ON_TRACK);
        assertThat(overridden.status()).isEqualTo(PaceStatus.BEHIND);
        assertThat(overridden.override().comment()).isEqualTo("講師の都合で下期に延期");
        assertThat(overridden.override().setBy()).isEqualTo("管理者");
        checkIn(id, LocalDate.of(2022, 10, 15), "6");
        ItemPace after = queries.itemPace(association, id, LocalDate.of(2022, 10, 15)).orElseThrow();
        assertThat(after.override()).isNull();
        assertThat(after.pace().actualToDate()).isEqualByComparingTo("6");
    }

    @Test
    void readsTheThresholdsBackAndJudgesByThem() {
        assertThat(queries.thresholds(association)).isEqualTo(PaceThresholds.defaults());
        long id = seed.itemYearId(STUDY_MEETINGS, FY2022);
        checkIn(id, LocalDate.of(2022, 9, 30), "3");
        assertThat(queries.itemPace(association, id, LocalDate.of(2022, 9, 30)).orElseThrow().status())
                .isEqualTo(PaceStatus.BEHIND);
        PaceThresholds lenient = new PaceThresholds(new BigDecimal("90.5"), new BigDecimal("50"));
        service.replaceThresholds(association, lenient);
        assertThat(queries.thresholds(association)).isEqualTo(lenient);
        assertThat(queries.itemPace(association, id, LocalDate.of(2022, 9, 30)).orElseThrow().status())
                .isEqualTo(PaceStatus.ATTENTION);
    }

    @Test
    void listsEveryItemOfTheYearWorstFirst() {
        List<ItemPace> items = queries.worstFirst(association, FY2022, LocalDate.of(2022, 9, 30));
        assertThat(items).hasSize(rows(FY2022).size());
        assertThat(items).extracting(ItemPace::status).isSorted();
        assertThat(items).anyMatch(i -> i.status() == PaceStatus.BEHIND);
    }

    @Test
    void drawsTheMonthlyCumulativeSeriesOfACountedItem() {
        TargetRow row = seed.row(VISITS, FY2022);
        PaceChart chart = queries.chart(association, row.itemYearId(), LocalDate.of(2022, 9, 15)).orElseThrow();
        assertThat(chart.months()).hasSize(12).startsWith("4月").endsWith("3月");
        assertThat(chart.actual().subList(6, 12)).containsOnlyNulls();
        assertThat(chart.actual().get(5)).isEqualByComparingTo(
                actuals.countedToDate(association, FY2022, LocalDate.of(2022, 9, 15)).get(row.itemId()));
        assertThat(chart.actual().get(4)).isEqualByComparingTo(
                actuals.countedToDate(association, FY2022, LocalDate.of(2022, 8, 31)).get(row.itemId()));
        assertThat(chart.expected().get(11)).isEqualByComparingTo(row.target().value());
        assertThat(chart.lastYear()).containsOnlyNulls();
    }

    @Test
    void drawsLastYearFromItsReportedFigures() {
        checkIn(seed.itemYearId(STUDY_MEETINGS, SeedItems.FY2021), LocalDate.of(2021, 6, 30), "3");
        PaceChart chart = queries.chart(association, seed.itemYearId(STUDY_MEETINGS, FY2022), FY2022.lastDay())
                .orElseThrow();
        assertThat(chart.lastYear().subList(0, 2)).containsOnlyNulls();
        assertThat(chart.lastYear().subList(2, 12)).allSatisfy(v -> assertThat(v).isEqualByComparingTo("3"));
    }

    @Test
    void drawsAManualItemFromItsCheckInsCarriedOverTheMonths() {
        long id = seed.itemYearId(STUDY_MEETINGS, FY2022);
        checkIn(id, LocalDate.of(2022, 12, 1), "9");
        PaceChart chart = queries.chart(association, id, FY2022.lastDay()).orElseThrow();
        assertThat(chart.actual().subList(0, 8)).containsOnlyNulls();
        assertThat(chart.actual().subList(8, 12)).allSatisfy(v -> assertThat(v).isEqualByComparingTo("9"));
    }

    void checkIn(long itemYearId, LocalDate asOf, String figure) {
        events.publishEvent(new CheckInPosted(association, itemYearId, asOf, new BigDecimal(figure), null, 1L,
                Instant.parse("2022-10-01T00:00:00Z")));
    }

    List<TargetRow> rows(FiscalYear year) {
        return plan.targetTable(association, year).areas().stream().flatMap(a -> a.rows().stream()).toList();
    }

    BansouUser admin() {
        return (BansouUser) users.loadUserByUsername("admin");
    }
}
