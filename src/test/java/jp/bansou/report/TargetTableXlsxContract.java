package jp.bansou.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jp.bansou.organization.District;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.AreaBlock;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.TargetRow;
import jp.bansou.plan.TargetTable;
import jp.bansou.support.DemoUsers;
import jp.bansou.support.Html;
import jp.bansou.support.SeedItems;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code GET /target-table.xlsx} on H2 and PostgreSQL (the subclasses): the download reopened with
 * POI's XSSF holds the sheet's title, header block and merged cells, and every figure of the table.
 */
abstract class TargetTableXlsxContract {

    private static final int FIRST_ITEM_ROW = 3;

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;

    SeedItems seed;
    TargetTable table;
    XSSFSheet sheet;

    @BeforeEach
    void download() throws Exception {
        seed = new SeedItems(plan, organization);
        table = plan.targetTable(seed.associationId(), SeedItems.FY2021);
        byte[] body = mvc.perform(get("/target-table.xlsx").param("fy", "2021").with(new DemoUsers(users).as("viewer")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", TargetTableXlsxContract.xlsxType()))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        sheet = new XSSFWorkbook(new ByteArrayInputStream(body)).getSheetAt(0);
    }

    static String xlsxType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Test
    void startsWithTheTitleRowNamingTheFiscalYear() {
        assertThat(text(0, 0)).isEqualTo("令和3年度 経営発達支援計画に係る目標管理表【役割分担】");
        assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, 5 + 6 + 3));
    }

    @Test
    void writesTheHeaderBlockOfTheSheet() {
        List<String> top = new ArrayList<>();
        sheet.getRow(1).forEach(c -> top.add(c.getStringCellValue()));
        assertThat(top).containsExactly("事業", "項目別事項", "目標", "達成状況", "実績",
                "地区別実績", "", "", "", "", "", "確認者", "主担当", "副担当", "備考");
        List<String> districts = table.districts().stream().map(District::name).toList();
        assertThat(districts).containsExactly("音戸", "倉橋", "川尻", "安浦", "安芸灘", "本所");
        for (int d = 0; d < districts.size(); d++) {
            assertThat(text(2, 5 + d)).isEqualTo(districts.get(d));
        }
        assertThat(sheet.getMergedRegions()).contains(
                new CellRangeAddress(1, 1, 5, 10), new CellRangeAddress(1, 2, 0, 0),
                new CellRangeAddress(1, 2, 2, 2), new CellRangeAddress(1, 2, 11, 11));
    }

    @Test
    void mergesEachAreaCellOverItsItems() {
        int row = FIRST_ITEM_ROW;
        for (AreaBlock area : table.areas()) {
            assertThat(text(row, 0)).startsWith(area.name());
            if (area.rows().size() > 1) {
                assertThat(sheet.getMergedRegions())
                        .contains(new CellRangeAddress(row, row + area.rows().size() - 1, 0, 0));
            }
            row += area.rows().size();
        }
        assertThat(sheet.getLastRowNum()).isEqualTo(row - 1);
    }

    @Test
    void holdsEveryFigureOfTheTable() {
        int row = FIRST_ITEM_ROW;
        for (AreaBlock area : table.areas()) {
            for (TargetRow item : area.rows()) {
                Row r = sheet.getRow(row++);
                assertThat(r.getCell(1).getStringCellValue()).endsWith(item.name());
                assertNumber(r.getCell(2), item.target() == null ? null : item.target().value());
                assertThat(r.getCell(3).getStringCellValue()).isEqualTo(item.grade() == null ? "" : item.grade());
                assertNumber(r.getCell(4), item.actual());
                for (int d = 0; d < table.districts().size(); d++) {
                    BigDecimal split = item.districtActuals().get(table.districts().get(d).id());
                    if (item.hasSplit() || item.note() == null) {
                        assertNumber(r.getCell(5 + d), split);
                    }
                }
                assertThat(r.getCell(11).getStringCellValue()).isEqualTo(item.reviewer() == null ? "" : item.reviewer());
                assertThat(r.getCell(12).getStringCellValue()).isEqualTo(item.lead() == null ? "" : item.lead());
                assertThat(r.getCell(13).getStringCellValue()).isEqualTo(String.join("、", item.deputies()));
            }
        }
        assertThat(row - FIRST_ITEM_ROW).isEqualTo(table.itemCount()).isEqualTo(63);
    }

    @Test
    void showsTargetsWithUnitAndComparatorAsNumbers() {
        Row analyses = rowOf("財務分析数");
        assertThat(analyses.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(analyses.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0\"件\"");
        assertThat(analyses.getCell(4).getNumericCellValue()).isEqualTo(123.0);
        Row experts = rowOf("専門家派遣事業(伴走型+ミラサポ)");
        assertThat(experts.getCell(2).getNumericCellValue()).isEqualTo(40.0);
        assertThat(experts.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0\"回以上\"");
    }

    @Test
    void printsOnA4LandscapeRepeatingTheHeaderRows() {
        PrintSetup print = sheet.getPrintSetup();
        assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(print.getLandscape()).isTrue();
        assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("2:3"));
        assertThat(sheet.getFooter().getCenter()).contains("&P");
        assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(5));
        assertThat(sheet.getRow(FIRST_ITEM_ROW).getCell(1).getCellStyle().getBorderBottom())
                .isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
    }

    @Test
    void isLinkedFromTheTargetTablePageForTheYearShown() throws Exception {
        var page = Html.parse(mvc.perform(get("/target-table").param("fy", "2021").with(new DemoUsers(users).as("viewer")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select("#target-table a.download-xlsx").attr("href")).isEqualTo("/target-table.xlsx?fy=2021");
    }

    @Test
    void asksForALoginFirst() throws Exception {
        mvc.perform(get("/target-table.xlsx").param("fy", "2021"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    private Row rowOf(String name) {
        for (Row row : sheet) {
            Cell cell = row.getCell(1);
            if (row.getRowNum() >= FIRST_ITEM_ROW && cell != null && cell.getStringCellValue().equals(name)) {
                return row;
            }
        }
        throw new AssertionError("no row " + name);
    }

    private String text(int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static void assertNumber(Cell cell, BigDecimal expected) {
        if (expected == null) {
            assertThat(cell.getCellType()).isIn(CellType.STRING, CellType.BLANK);
        } else {
            assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(BigDecimal.valueOf(cell.getNumericCellValue())).isEqualByComparingTo(expected);
        }
    }
}
