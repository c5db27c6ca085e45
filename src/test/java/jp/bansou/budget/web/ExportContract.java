package jp.bansou.budget.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.bansou.budget.BudgetQueries;
import jp.bansou.budget.BudgetService;
import jp.bansou.budget.BudgetTable;
import jp.bansou.budget.ExpenseCategories;
import jp.bansou.budget.NewSpending;
import jp.bansou.budget.NewTransfer;
import jp.bansou.budget.SpendingLedger;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.shared.FiscalYear;
import jp.bansou.shared.Yen;
import jp.bansou.support.DemoUsers;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Excel downloads open with Apache POI and hold the same lines and totals as the queries behind
 * the pages, on H2 and PostgreSQL (the subclasses).
 */
@Transactional
abstract class ExportContract {

    static final FiscalYear FY = FiscalYear.of(2024);

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired OrganizationQueries organization;
    @Autowired BudgetQueries queries;
    @Autowired BudgetService budget;
    @Autowired ExpenseCategories categories;
    @Autowired SpendingLedger ledger;

    long association;

    @BeforeEach
    void setUp() {
        association = organization.associationIdByCode("kure-koiki").orElseThrow();
        long a = line(0, "謝金", 1_234_567);
        long b = line(0, "印刷製本費", 200_000);
        long c = line(2, "広報費", 99_999);
        spend(a, LocalDate.of(2024, 4, 15), 333_333);
        long wrong = spend(b, LocalDate.of(2024, 9, 1), 12_345);
        ledger.reverse(association, wrong, LocalDate.of(2024, 9, 2), "誤記");
        spend(b, LocalDate.of(2024, 9, 2), 12_354);
        spend(c, LocalDate.of(2025, 3, 31), 99_999);
        budget.transfer(association, new NewTransfer(a, c, Yen.of(1), LocalDate.of(2025, 3, 30), "端数"));
        spend(c, LocalDate.of(2025, 3, 31), 1);
    }

    long line(int area, String category, long amount) {
        long id = categories.all(association).stream().filter(c -> c.name().equals(category)).findFirst()
                .orElseThrow().id();
        return budget.setLine(association, FY, queries.areas(association).get(area).id(), id, Yen.of(amount), null);
    }

    long spend(long line, LocalDate date, long amount) {
        return ledger.spend(association, new NewSpending(line, date, Yen.of(amount), "支払先", "用途", null, null, null));
    }

    Workbook download(String url) throws Exception {
        byte[] body = mvc.perform(get(url).with(new DemoUsers(users).as("viewer")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(body));
    }

    @Test
    void budgetTableHoldsTheLinesAndTheSameTotals() throws Exception {
        BudgetTable table = queries.table(association, FY);
        try (Workbook book = download("/budget/export.xlsx?fy=2024")) {
            Sheet sheet = book.getSheet("予算表");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("予算表 令和6年度");
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("残額");
            List<Row> rows = rows(sheet, 2);
            Row total = rows.get(rows.size() - 1);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合計");
            assertThat((long) total.getCell(2).getNumericCellValue()).isEqualTo(1_534_566L);
            assertThat((long) total.getCell(4).getNumericCellValue()).isEqualTo(table.total().current().amount());
            assertThat((long) total.getCell(5).getNumericCellValue()).isEqualTo(table.total().spent().amount())
                    .isEqualTo(445_687L);
            assertThat((long) total.getCell(6).getNumericCellValue()).isEqualTo(table.total().remaining().amount());
            assertThat(total.getCell(7).getNumericCellValue()).isEqualTo(0.29); // 445,687 / 1,534,566 = 29.0%
            long lineSpent = rows.stream().filter(r -> !r.getCell(1).getStringCellValue().isEmpty())
                    .mapToLong(r -> (long) r.getCell(5).getNumericCellValue()).sum();
            assertThat(lineSpent).isEqualTo(445_687L);
            assertThat(rows).filteredOn(r -> r.getCell(0).getStringCellValue().endsWith(" 計")).hasSize(2);
            Sheet byCategory = book.getSheet("費目別");
            List<Row> categoryRows = rows(byCategory, 1);
            assertThat((long) categoryRows.get(categoryRows.size() - 1).getCell(4).getNumericCellValue())
                    .isEqualTo(445_687L);
        }
    }

    @Test
    void ledgerHoldsEveryEntryReversalsIncludedAndTheSameTotal() throws Exception {
        try (Workbook book = download("/budget/ledger/export.xlsx?fy=2024")) {
            Sheet sheet = book.getSheet("支出簿");
            List<Row> rows = rows(sheet, 2);
            Row total = rows.remove(rows.size() - 1);
            assertThat(rows).hasSize(queries.ledger(association, FY).entries().size()).hasSize(6);
            assertThat(rows.stream().mapToLong(r -> (long) r.getCell(4).getNumericCellValue()).sum())
                    .isEqualTo(445_687L);
            assertThat((long) total.getCell(4).getNumericCellValue())
                    .isEqualTo(queries.ledger(association, FY).total().amount()).isEqualTo(445_687L);
            assertThat(rows.get(0).getCell(1).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2024, 4, 15));
            assertThat(rows).filteredOn(r -> r.getCell(4).getNumericCellValue() < 0).singleElement()
                    .satisfies(r -> assertThat(r.getCell(10).getStringCellValue()).isEqualTo("誤記"));
        }
    }

    private static List<Row> rows(Sheet sheet, int from) {
        List<Row> rows = new ArrayList<>();
        for (int i = from; i <= sheet.getLastRowNum(); i++) {
            rows.add(sheet.getRow(i));
        }
        return rows;
    }
}
