package jp.bansou.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import jp.bansou.actuals.ActualsQueries;
import jp.bansou.actuals.HalfYearActuals;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.OrganizationService;
import jp.bansou.organization.BansouUser;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.TargetRow;
import jp.bansou.shared.FiscalYear;
import jp.bansou.support.SeedItems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grading read side and its tables on the seed association, run on H2 and on PostgreSQL by
 * the subclasses: the seed's scale, its FY2021 grades carried over as decisions, proposals of a
 * year without decisions, decisions and scales read back as stored, the half-year actuals.
 */
@Transactional
abstract class GradingQueriesContract {

    @Autowired GradingQueries queries;
    @Autowired GradingService service;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;
    @Autowired OrganizationService organizationService;
    @Autowired ActualsQueries actuals;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;

    private SeedItems seed;

    @BeforeEach
    void setUp() {
        seed = new SeedItems(plan, organization);
    }

    @Test
    void givesTheSeedAssociationItsABCScale() {
        GradingScale scale = queries.scale(seed.associationId());
        assertThat(scale.steps()).extracting(GradeStep::code).containsExactly("A", "B", "C");
        assertThat(scale.steps()).extracting(GradeStep::label).containsExactly("100%以上", "80%以上", "80%未満");
        assertThat(scale.steps()).extracting(s -> s.lowerBound().intValue()).containsExactly(100, 80, 0);
        assertThat(scale.steps()).noneMatch(GradeStep::notCarriedOut);
    }

    @Test
    void carriesFinancialAnalysesOverAsProposedAAndDecidedA() {
        ItemGrading finance = fy2021("財務分析数");
        assertThat(finance.rateText()).isEqualTo("113.9%");
        assertThat(finance.proposedCode()).isEqualTo("A");
        assertThat(finance.decision().proposedCode()).isEqualTo("A");
        assertThat(finance.decision().decidedCode()).isEqualTo("A");
        assertThat(finance.decision().reason()).isNull();
        assertThat(finance.decision().decidedBy()).isEqualTo("移行");
        assertThat(finance.decision().decidedAt()).isNotNull();
    }

    @Test
    void carriesBookkeepingOverAsProposedADecidedBWithTheMigrationReason() {
        ItemGrading bookkeeping = fy2021("記帳継続企業数");
        assertThat(bookkeeping.rateText()).isEqualTo("102.5%");
        assertThat(bookkeeping.decision().proposedCode()).isEqualTo("A");
        assertThat(bookkeeping.decision().decidedCode()).isEqualTo("B");
        assertThat(bookkeeping.decision().reason()).isEqualTo("令和3年度目標管理表の評価を移行");
        assertThat(bookkeeping.decisionDiffers()).isTrue();
    }

    @Test
    void carriesFinanceConsultationsOverAsProposedBDecidedC() {
        ItemGrading finance = fy2021("金融相談企業数");
        assertThat(finance.rateText()).isEqualTo("80.0%");
        assertThat(finance.proposedCode()).isEqualTo("B");
        assertThat(finance.decision().decidedCode()).isEqualTo("C");
        assertThat(finance.decision().reason()).isEqualTo("令和3年度目標管理表の評価を移行");
    }

    @Test
    void decidesEverySheetGradeOfFy2021AndNothingElse() {
        Map<Long, ItemGrading> gradings = queries.yearGradings(seed.associationId(), SeedItems.FY2021);
        List<TargetRow> rows = rows(SeedItems.FY2021);
        assertThat(gradings).hasSize(rows.size());
        for (TargetRow row : rows) {
            ItemGrading grading = gradings.get(row.itemYearId());
            assertThat(grading.decided()).as(row.name()).isEqualTo(row.grade() != null);
            if (row.grade() != null) {
                assertThat(grading.decision().decidedCode()).as(row.name()).isEqualTo(row.grade());
                assertThat(grading.decisionDiffers()).as(row.name()).isEqualTo(grading.decision().reason() != null);
            }
        }
    }

    @Test
    void proposesForAYearNobodyHasGradedYet() {
        Map<Long, ItemGrading> gradings = queries.yearGradings(seed.associationId(), SeedItems.FY2022);
        assertThat(gradings.values()).noneMatch(ItemGrading::decided);
        ItemGrading notYetEntered = gradings.get(seed.itemYearId("勉強会開催数", SeedItems.FY2022));
        assertThat(notYetEntered.rate()).isNull();
        assertThat(notYetEntered.proposedCode()).isEqualTo("C");
        assertThat(notYetEntered.proposalOnly()).isTrue();
    }

    @Test
    void readsADecisionBackAsStored() {
        long id = seed.itemYearId("金融相談企業数", SeedItems.FY2021);
        GradeDecision stored = service.decide(admin(), id, "A", "年度末の追加相談を含める");
        GradeDecision read = queries.itemGrading(seed.associationId(), id).orElseThrow().decision();
        assertThat(read).isEqualTo(stored);
        assertThat(read.decidedAt()).isAfter(LocalDateTime.now().minusDays(2));
        assertThat(seed.detail(id).grade()).isEqualTo("A");
    }

    @Test
    void readsAScaleBackInOrderWithItsDecimals() {
        GradingScale scale = new GradingScale(List.of(GradeStep.graded("S", "120%以上", "120", "#6a1b9a"),
                GradeStep.graded("A", "99.5%以上", "99.5", "#2e7d32"), GradeStep.graded("B", "0%以上", "0", "#1565c0"),
                GradeStep.notCarriedOut("E", "未実施", "#757575")));
        service.replaceScale(seed.associationId(), scale);
        assertThat(queries.scale(seed.associationId())).isEqualTo(scale);
    }

    @Test
    void storesTheDefaultScaleForANewAssociation() {
        long other = organizationService.createAssociation("grading-new", "新しい商工会");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM grade_step WHERE association_id = ?").param(other)
                .query(Integer.class).single()).isEqualTo(5);
        assertThat(queries.scale(other)).isEqualTo(GradingScale.defaultScale());
    }

    @Test
    void countsTheHalfYearsOfCountedItemsOnly() {
        Map<Long, HalfYearActuals> halves = actuals.halfYears(seed.associationId(), SeedItems.FY2022);
        TargetRow finance = seed.row("財務分析数", SeedItems.FY2022);
        HalfYearActuals financeHalves = halves.get(finance.itemId());
        assertThat(financeHalves.firstHalf().add(financeHalves.secondHalf())).isEqualByComparingTo(finance.actual());
        TargetRow bookkeeping = seed.row("記帳継続企業数", SeedItems.FY2022);
        assertThat(halves.get(bookkeeping.itemId()).firstHalf()).isLessThanOrEqualTo(bookkeeping.actual());
        assertThat(rows(SeedItems.FY2022)).allSatisfy(r ->
                assertThat(halves.containsKey(r.itemId())).as(r.name()).isEqualTo(r.actualCounted()));
        assertThat(actuals.halfYears(seed.associationId(), SeedItems.FY2021)).isEmpty();
        assertThat(financeHalves.firstHalf()).isGreaterThan(BigDecimal.ZERO);
    }

    private ItemGrading fy2021(String name) {
        return queries.itemGrading(seed.associationId(), seed.itemYearId(name, SeedItems.FY2021)).orElseThrow();
    }

    private List<TargetRow> rows(FiscalYear year) {
        return plan.targetTable(seed.associationId(), year).areas().stream().flatMap(a -> a.rows().stream()).toList();
    }

    private BansouUser admin() {
        return (BansouUser) users.loadUserByUsername("admin");
    }
}
