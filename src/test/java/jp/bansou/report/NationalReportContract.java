package jp.bansou.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.bansou.activity.ActivityService;
import jp.bansou.activity.BusinessTrends;
import jp.bansou.activity.Trend;
import jp.bansou.activity.TrendCounts;
import jp.bansou.audit.AuditFilter;
import jp.bansou.audit.AuditQueries;
import jp.bansou.audit.AuditRow;
import jp.bansou.audit.AuditType;
import jp.bansou.organization.OrganizationService;
import jp.bansou.support.DemoUsers;
import jp.bansou.support.Html;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national report of {@link NationalTown} against its records counted by hand, on H2 and
 * PostgreSQL (the subclasses): distinct businesses against total visits, trends with unknown, the
 * page and the workbook showing the same figures, and the audited line definitions.
 */
@Transactional
abstract class NationalReportContract {

    @Autowired OrganizationService organization;
    @Autowired ActivityService activities;
    @Autowired BusinessTrends trends;
    @Autowired NationalReportQueries queries;
    @Autowired NationalReportService service;
    @Autowired AuditQueries audit;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    NationalTown town;

    @BeforeEach
    void setUp() {
        town = new NationalTown().load(organization, activities, trends);
        service.define(town.association, town.definitions());
    }

    NationalReport report() {
        return queries.report(town.association, NationalTown.FY2022);
    }

    @Test
    void countsEveryFigureAsCountedByHand() {
        assertThat(figures(report())).containsExactly(
                Map.entry("staff", 3L), Map.entry("advisorsInPost", 3L), Map.entry("surveys", 2L),
                Map.entry("basicData", -1L), Map.entry("analysed", 2L), Map.entry("planned", 1L),
                Map.entry("followedUp", 2L), Map.entry("followUpVisits", 4L));
    }

    @Test
    void countsFollowedUpBusinessesOnceAndEveryVisit() {
        assertThat(report().followUp().businesses()).isEqualTo(2);
        assertThat(report().followUp().records()).isEqualTo(4);
    }

    @Test
    void countsTrendsAmongFollowedUpBusinessesWithUnknownForThoseWithoutARow() {
        TrendCounts counts = report().trends();
        assertThat(counts.sales()).containsExactlyInAnyOrderEntriesOf(
                Map.of(Trend.UP, 1L, Trend.DOWN, 0L, Trend.FLAT, 0L, Trend.UNKNOWN, 1L));
        assertThat(counts.grossProfit()).containsExactlyInAnyOrderEntriesOf(
                Map.of(Trend.UP, 0L, Trend.DOWN, 1L, Trend.FLAT, 0L, Trend.UNKNOWN, 1L));
    }

    @Test
    void narrowsByKindAndCategoryTogether() {
        service.define(town.association, List.of(
                new LineDefinition(NationalLine.FOLLOW_UP, Set.of(town.counter), Set.of(town.followUp))));
        assertThat(report().followUp().records()).isEqualTo(1);
        assertThat(report().followUp().businesses()).isEqualTo(1);
        assertThat(report().trends().sales(Trend.UP)).isEqualTo(1);
    }

    @Test
    void showsNoFigureForALineNotDefined() {
        service.define(town.association, List.of(LineDefinition.undefined(NationalLine.FOLLOW_UP)));
        assertThat(report().followUp()).isNull();
        assertThat(report().trends()).isNull();
        assertThat(report().basicData()).isNull();
        assertThat(report().analysed().businesses()).isEqualTo(2);
    }

    @Test
    void aMergedBusinessBringsItsTrendsAndRecordsToTheOneKept() {
        activities.mergeBusinesses(town.association, town.b2, town.b1);
        assertThat(report().followUp().businesses()).isEqualTo(1);
        assertThat(report().followUp().records()).isEqualTo(4);
        assertThat(report().trends().sales(Trend.UP)).isEqualTo(1);
        assertThat(report().trends().sales(Trend.UNKNOWN)).isZero();
    }

    @Test
    void auditsEachChangedLineOnceAndNothingWhenUnchanged() {
        assertThat(lineAudits()).hasSize(5);
        service.define(town.association, town.definitions());
        assertThat(lineAudits()).hasSize(5);
        service.define(town.association, List.of(new LineDefinition(NationalLine.PLANNED, Set.of(town.visit),
                Set.of(town.plan))));
        List<AuditRow> rows = lineAudits();
        assertThat(rows).hasSize(6);
        assertThat(rows.get(0).entityId()).isEqualTo("PLANNED");
        assertThat(rows.get(0).before()).isEqualTo("活動種別: （なし）");
        assertThat(rows.get(0).after()).isEqualTo("活動種別: 巡回相談");
    }

    @Test
    void refusesAKindOfAnotherAssociationAndStoresNothing() {
        assertThatThrownBy(() -> service.define(town.association, List.of(
                LineDefinition.undefined(NationalLine.STAFF),
                new LineDefinition(NationalLine.SURVEYS, Set.of(-5L), Set.of()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("登録されていない");
        assertThat(report().staff().staff()).isEqualTo(3);
    }

    @Test
    void auditsATrendChange() {
        List<AuditRow> rows = audit.search(town.association,
                new AuditFilter(null, null, null, AuditType.BUSINESS, "売上高", null), 0, 10).rows();
        assertThat(rows).extracting(AuditRow::after).contains("令和4年度売上高: 増加; 令和4年度粗利益: 減少");
    }

    @Test
    void thePageAndTheWorkbookShowTheFiguresCountedByHand() throws Exception {
        Document page = Html.parse(mvc.perform(get("/reports/national?fy=2022").with(as(NationalTown.VIEWER)))
                .andExpect(status().isOk()).andReturn());
        Map<String, Long> onPage = new LinkedHashMap<>();
        for (Element row : page.select("table.national-figures tr[data-figure]")) {
            Element value = row.selectFirst("td");
            onPage.put(row.attr("data-figure"), value.hasClass("undefined") ? -1L
                    : Long.parseLong(value.text().replace(",", "")));
        }
        assertThat(onPage).containsExactlyEntriesOf(figures(report()));
        assertThat(page.select("tr[data-trend=sales] td").eachText()).containsExactly("1", "0", "0", "1");
        assertThat(page.select("tr[data-trend=grossProfit] td").eachText()).containsExactly("0", "1", "0", "1");

        byte[] xlsx = mvc.perform(get("/reports/national.xlsx?fy=2022").with(as(NationalTown.VIEWER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("報告町商工会 実施状況報告 令和4年度");
            Map<String, Long> inWorkbook = new LinkedHashMap<>();
            List<NationalFigure> figures = report().figures();
            for (int i = 0; i < figures.size(); i++) {
                Row row = sheet.getRow(NationalReportXlsx.FIRST_FIGURE_ROW + i);
                inWorkbook.put(figures.get(i).key(), number(row.getCell(1)));
                assertThat(row.getCell(0).getStringCellValue())
                        .isEqualTo(page.select("tr[data-figure=" + figures.get(i).key() + "] th").text());
            }
            assertThat(inWorkbook).containsExactlyEntriesOf(onPage);
            int trends = NationalReportXlsx.FIRST_FIGURE_ROW + figures.size() + 1;
            assertThat(sheet.getRow(trends + 1).getCell(1).getStringCellValue()).isEqualTo("増加");
            assertThat(cells(sheet.getRow(trends + 2))).containsExactly("売上高", 1L, 0L, 0L, 1L);
            assertThat(cells(sheet.getRow(trends + 3))).containsExactly("粗利益", 0L, 1L, 0L, 1L);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        }
    }

    /** Figure key → value, -1 for a line not defined. */
    static Map<String, Long> figures(NationalReport report) {
        Map<String, Long> figures = new LinkedHashMap<>();
        report.figures().forEach(f -> figures.put(f.key(), f.defined() ? f.value() : -1L));
        return figures;
    }

    private static Long number(Cell cell) {
        return cell.getCellType() == CellType.NUMERIC ? (long) cell.getNumericCellValue()
                : cell.getStringCellValue().equals("未設定") ? -1L : null;
    }

    private static List<Object> cells(Row row) {
        return List.of(row.getCell(0).getStringCellValue(), number(row.getCell(1)), number(row.getCell(2)),
                number(row.getCell(3)), number(row.getCell(4)));
    }

    private List<AuditRow> lineAudits() {
        return audit.search(town.association, new AuditFilter(null, null, null, AuditType.NATIONAL_REPORT, null, null),
                0, 50).rows();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String user) {
        return new DemoUsers(users).as(user);
    }
}
