package jp.bansou.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.RoleHolder;
import jp.bansou.plan.ItemUnit;
import jp.bansou.plan.ItemYearSetup;
import jp.bansou.plan.NewItem;
import jp.bansou.plan.PlanService;
import jp.bansou.plan.RoleAssignment;
import jp.bansou.plan.TargetComparator;
import jp.bansou.shared.FiscalYear;
import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.DemoUsers;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's text that is markup in every output format (HTML tags, a spreadsheet formula, CSV
 * separators, quotes, a line break) comes out as that text in each: escaped in the HTML page, a
 * text cell (never a formula) in every Excel download, literal in the PDF.
 */
@BansouSpringTest
@Transactional
class HostileOutputTest {

    static final String NAME = "=cmd|' /C calc'!A0<script>alert(1)</script>";
    static final String NOTE = "+SUM(1,2) \"引用\"; @x & <b>太字</b>";
    static final FiscalYear FY2021 = FiscalYear.of(2021);

    @Autowired MockMvc mvc;
    @Autowired PlanService plan;
    @Autowired OrganizationQueries organization;
    @Autowired UserDetailsService users;

    RequestPostProcessor admin;

    @BeforeEach
    void addAnItemWithHostileTexts() {
        admin = new DemoUsers(users).as("admin");
        long association = organization.associationIdByCode("kure-koiki").orElseThrow();
        long area = plan.addArea(association, "-2+3 <i>事業</i>", null, "@見出し");
        long item = plan.addItem(association, new NewItem(area, null, NAME, ItemUnit.KEN, TargetComparator.AT_LEAST,
                null, null));
        RoleHolder staff = RoleHolder.person(organization.staffMembers(association).get(0).id());
        plan.setUpItemYear(new ItemYearSetup(item, FY2021, new BigDecimal("10"), null, new BigDecimal("3"), Map.of(),
                null, NOTE, new RoleAssignment(staff, staff, List.of())));
    }

    @Test
    void theTargetTablePageEscapesTheTexts() throws Exception {
        String html = mvc.perform(get("/target-table").param("fy", "2021").with(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<script>alert(1)</script>", "<b>太字</b>", "<i>事業</i>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        Document page = Jsoup.parse(html);
        assertThat(page.select("script:containsData(alert(1))")).isEmpty();
        assertThat(page.text()).contains(NAME, "-2+3 <i>事業</i>");
    }

    @Test
    void everyExcelDownloadWritesTextCellsNeverFormulas() throws Exception {
        List<Cell> hostile = new ArrayList<>();
        for (String url : List.of("/target-table.xlsx", "/budget/export.xlsx", "/budget/ledger/export.xlsx",
                "/reports/national.xlsx")) {
            byte[] body = mvc.perform(get(url).param("fy", "2021").with(admin)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsByteArray();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
                for (Sheet sheet : workbook) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            assertThat(cell.getCellType()).as(url + " " + cell.getAddress()).isNotEqualTo(CellType.FORMULA);
                            if (cell.getCellType() == CellType.STRING
                                    && cell.getStringCellValue().matches("(?s)[=+\\-@].*[^\\d.].*")) {
                                hostile.add(cell);
                            }
                        }
                    }
                }
            }
        }
        assertThat(hostile).extracting(Cell::getStringCellValue).contains(NAME)
                .anySatisfy(text -> assertThat(text).startsWith("-2+3 <i>事業</i>"));
    }

    @Test
    void thePdfShowsTheTextsLiterally() throws Exception {
        assumeThat(Files.isReadable(Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"))).as("IPAex Gothic for the PDF").isTrue();
        byte[] body = mvc.perform(get("/target-table.pdf").param("fy", "2021").with(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        PdfReader pdf = new PdfReader(body);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(pdf);
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page));
        }
        String all = text.toString().replaceAll("\\s+", "");
        assertThat(all).contains("<script>alert(1)</script>", "=cmd|'/C", "<b>太字</b>");
    }
}
