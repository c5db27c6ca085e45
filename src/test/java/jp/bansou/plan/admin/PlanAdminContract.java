package jp.bansou.plan.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.StaffGroup;
import jp.bansou.plan.AreaBlock;
import jp.bansou.plan.GridCellChange;
import jp.bansou.plan.ItemAdminService;
import jp.bansou.plan.PlanAdminQueries;
import jp.bansou.plan.PlanChangeRefused;
import jp.bansou.plan.PlanItem;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.PlanStructureService;
import jp.bansou.plan.PlanYears;
import jp.bansou.plan.TargetDerivation;
import jp.bansou.plan.TargetGrid;
import jp.bansou.plan.TargetGridRejected;
import jp.bansou.plan.TargetGridService;
import jp.bansou.plan.TargetRow;
import jp.bansou.plan.TargetTable;
import jp.bansou.shared.FiscalYear;
import jp.bansou.support.DemoUsers;
import jp.bansou.support.LoggedIn;
import jp.bansou.support.SeedItems;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's administration on H2 and PostgreSQL (the subclasses): retiring keeps past tables
 * identical, reordering shows in the table and its Excel export, the targets grid saves all or
 * nothing and names stale cells.
 */
@Transactional
abstract class PlanAdminContract {

    static final FiscalYear FY2021 = SeedItems.FY2021;
    static final FiscalYear FY2022 = SeedItems.FY2022;

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired PlanQueries plan;
    @Autowired PlanAdminQueries adminQueries;
    @Autowired OrganizationQueries organization;
    @Autowired ItemAdminService items;
    @Autowired PlanStructureService structure;
    @Autowired TargetGridService grids;

    SeedItems seed;
    BansouUser admin;

    @BeforeEach
    void logIn() {
        seed = new SeedItems(plan, organization);
        admin = new LoggedIn(users).as("admin");
    }

    @AfterEach
    void logOut() {
        LoggedIn.logOut();
    }

    @Test
    void retiringAnItemKeepsPastYearsTableIdentical() {
        TargetTable before = plan.targetTable(seed.associationId(), FY2021);
        long item = seed.row("財務分析数", FY2021).itemId();

        items.retire(admin, item, FY2022);

        assertThat(plan.targetTable(seed.associationId(), FY2021)).isEqualTo(before);
        assertThat(names(FY2022)).doesNotContain("財務分析数").contains("定性分析数");
        assertThat(names(FY2022)).hasSize(before.itemCount() - 1);
        TargetGrid grid = grids.grid(seed.associationId());
        assertThat(grid.row(item).orElseThrow().cells()).containsOnlyKeys(FY2021);

        items.retire(admin, item, null);
        assertThat(names(FY2022)).contains("財務分析数");
    }

    @Test
    void refusesToRetireAParentWhoseSubItemsStayInUse() {
        long total = seed.row("巡回・窓口相談件数(合計)", FY2021).itemId();
        assertThatThrownBy(() -> items.retire(admin, total, FY2022)).isInstanceOf(PlanChangeRefused.class)
                .hasMessageContaining("巡回相談件数、窓口相談件数");
    }

    @Test
    void reorderingShowsInTheTableOrder() {
        long qualitative = seed.row("定性分析数", FY2021).itemId();
        List<String> before = areaNames("財務分析数");

        items.moveItem(admin, qualitative, -1);

        List<String> after = areaNames("財務分析数");
        assertThat(after.indexOf("定性分析数")).isEqualTo(before.indexOf("財務分析数"));
        assertThat(after.indexOf("財務分析数")).isEqualTo(before.indexOf("定性分析数"));
        assertThat(new ArrayList<>(after)).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void movesAnItemToAnotherAreaAndMakesItASubItem() {
        long qualitative = seed.row("定性分析数", FY2021).itemId();
        long planning = seed.row("事業計画策定数", FY2021).itemId();
        long planningArea = adminQueries.item(seed.associationId(), planning).orElseThrow().areaId();

        items.moveToArea(admin, qualitative, planningArea);
        items.setParent(admin, qualitative, planning);

        AreaBlock area = areaOf("事業計画策定数");
        List<String> names = area.rows().stream().map(TargetRow::name).toList();
        assertThat(names.indexOf("定性分析数")).isEqualTo(names.indexOf("事業計画策定数") + 1);
        assertThat(seed.row("定性分析数", FY2021).subItem()).isTrue();
        PlanItem moved = adminQueries.item(seed.associationId(), qualitative).orElseThrow();
        assertThat(moved.parentId()).isEqualTo(planning);
    }

    @Test
    void theExcelExportFollowsTheNewOrder() throws Exception {
        long qualitative = seed.row("定性分析数", FY2021).itemId();
        items.moveItem(admin, qualitative, -1);

        byte[] body = mvc.perform(get("/target-table.xlsx").param("fy", "2021").with(new DemoUsers(users).as("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        XSSFSheet sheet = new XSSFWorkbook(new ByteArrayInputStream(body)).getSheetAt(0);
        List<String> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() >= 3) {
                rows.add(row.getCell(1).getStringCellValue());
            }
        }
        assertThat(rows.indexOf("定性分析数")).isEqualTo(rows.indexOf("財務分析数") - 1);
        List<String> table = plan.targetTable(seed.associationId(), FY2021).areas().stream()
                .flatMap(a -> a.rows().stream()).map(TargetRow::name).toList();
        assertThat(rows).hasSameSizeAs(table);
        for (int i = 0; i < table.size(); i++) {
            assertThat(rows.get(i)).endsWith(table.get(i));
        }
    }

    @Test
    void theGridCreatesMissingYearsAndComputesDerivedTargetsFromTheHeadcount() {
        long item = seed.row("事業計画策定数", FY2021).itemId();
        StaffGroup advisors = organization.groups(seed.associationId()).stream()
                .filter(g -> g.name().equals("各指導員")).findFirst().orElseThrow();
        int headcount = organization.headcount(advisors.id(), FiscalYear.of(2024));

        int saved = grids.save(admin, List.of(
                new GridCellChange(item, FiscalYear.of(2023), new BigDecimal("110"), null, null),
                new GridCellChange(item, FiscalYear.of(2024), null,
                        new TargetDerivation(advisors.id(), new BigDecimal("12"), new BigDecimal("5"), null), null)));

        assertThat(saved).isEqualTo(2);
        TargetGrid grid = grids.grid(seed.associationId());
        assertThat(grid.row(item).orElseThrow().cell(FiscalYear.of(2023)).target()).isEqualByComparingTo("110");
        assertThat(grid.row(item).orElseThrow().cell(FiscalYear.of(2024)).target())
                .isEqualByComparingTo(BigDecimal.valueOf(12L * headcount + 5));
        assertThat(grid.row(item).orElseThrow().cell(FiscalYear.of(2024)).derivationText()).startsWith("各指導員");
    }

    @Test
    void theGridSavesAllOrNothingNamingEachWrongCell() {
        long item = seed.row("事業計画策定数", FY2021).itemId();
        long retired = seed.row("財務分析数", FY2021).itemId();
        items.retire(admin, retired, FY2022);
        var cell2022 = grids.grid(seed.associationId()).row(item).orElseThrow().cell(FY2022);

        assertThatThrownBy(() -> grids.save(admin, List.of(
                new GridCellChange(item, FY2022, new BigDecimal("999"), null, cell2022.version()),
                new GridCellChange(retired, FiscalYear.of(2023), BigDecimal.ONE, null, null),
                new GridCellChange(item, FiscalYear.of(2030), BigDecimal.ONE, null, null))))
                .isInstanceOfSatisfying(TargetGridRejected.class, e -> assertThat(e.errors()).containsExactly(
                        "「財務分析数」令和5年度: この年度の目標は設定できません（計画の期間外か、廃止した項目です）",
                        "「事業計画策定数」令和12年度: この年度の目標は設定できません（計画の期間外か、廃止した項目です）"));

        assertThat(seed.row("事業計画策定数", FY2022).target().value()).isEqualByComparingTo(cell2022.target());
    }

    @Test
    void theGridRefusesCellsSavedMeanwhileNamingThem() {
        long item = seed.row("事業計画策定数", FY2021).itemId();
        int version = grids.grid(seed.associationId()).row(item).orElseThrow().cell(FY2022).version();
        grids.save(admin, List.of(new GridCellChange(item, FY2022, new BigDecimal("111"), null, version)));

        assertThatThrownBy(() -> grids.save(admin, List.of(
                new GridCellChange(item, FY2022, new BigDecimal("112"), null, version))))
                .isInstanceOfSatisfying(TargetGridRejected.class, e -> assertThat(e.stale())
                        .containsExactly("「事業計画策定数」令和4年度（現在の目標: 111）"));
        assertThat(seed.row("事業計画策定数", FY2022).target().value()).isEqualByComparingTo("111");
    }

    @Test
    void refusesPlanYearsThatLeaveItemYearsOutside() {
        assertThatThrownBy(() -> structure.savePlan(admin, "計画", new PlanYears(FY2022, FiscalYear.of(2026))))
                .isInstanceOf(PlanChangeRefused.class).hasMessageContaining("令和3年度").hasMessageContaining("件あります");
        structure.savePlan(admin, "第2期計画", new PlanYears(FY2021, FiscalYear.of(2026)));
        assertThat(grids.grid(seed.associationId()).years()).hasSize(6);
    }

    private List<String> names(FiscalYear year) {
        return plan.targetTable(seed.associationId(), year).areas().stream().flatMap(a -> a.rows().stream())
                .map(TargetRow::name).toList();
    }

    private AreaBlock areaOf(String itemName) {
        return plan.targetTable(seed.associationId(), FY2021).areas().stream()
                .filter(a -> a.rows().stream().anyMatch(r -> r.name().equals(itemName))).findFirst().orElseThrow();
    }

    private List<String> areaNames(String itemName) {
        return areaOf(itemName).rows().stream().map(TargetRow::name).toList();
    }
}
