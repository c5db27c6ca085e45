package jp.bansou.budget.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import jp.bansou.budget.BudgetQueries;
import jp.bansou.budget.BudgetService;
import jp.bansou.budget.ExpenseCategories;
import jp.bansou.budget.NewSpending;
import jp.bansou.budget.SpendingLedger;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.shared.FiscalYear;
import jp.bansou.shared.Yen;
import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.DemoUsers;
import jp.bansou.support.Html;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** /budget: the table with area and category sums, line editing and transfers by admins only. */
@BansouSpringTest
@Transactional
class BudgetPagesTest {

    static final FiscalYear FY = FiscalYear.of(2024);

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired OrganizationQueries organization;
    @Autowired BudgetQueries queries;
    @Autowired BudgetService budget;
    @Autowired ExpenseCategories categories;
    @Autowired SpendingLedger ledger;

    DemoUsers demo;
    long association;
    long honoraria;
    long travel;

    @BeforeEach
    void setUp() {
        demo = new DemoUsers(users);
        association = organization.associationIdByCode("kure-koiki").orElseThrow();
        honoraria = budget.setLine(association, FY, area(0), category("謝金"), Yen.of(300_000), "講師謝金");
        travel = budget.setLine(association, FY, area(1), category("旅費"), Yen.of(50_000), null);
        ledger.spend(association, new NewSpending(honoraria, LocalDate.of(2024, 6, 10), Yen.of(100_000), "中小企業診断士",
                "セミナー講師", "V-1", null, null));
        ledger.spend(association, new NewSpending(travel, LocalDate.of(2025, 2, 1), Yen.of(60_000), "JR西日本", "展示会出張",
                null, null, "展示会の日程延長"));
    }

    long area(int index) {
        return queries.areas(association).get(index).id();
    }

    long category(String name) {
        return categories.all(association).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    Document page(String url, String user) throws Exception {
        return Html.parse(mvc.perform(get(url).with(demo.as(user))).andExpect(status().isOk()).andReturn());
    }

    @Test
    void showsBudgetSpentRemainingAndRatePerLineAreaAndInTotal() throws Exception {
        Document page = page("/budget?fy=2024", "viewer");

        assertThat(page.select("h1").text()).isEqualTo("予算 令和6年度");
        assertThat(page.select("tr.budget-line .category").eachText()).containsExactly("謝金", "旅費");
        assertThat(page.select("tr.budget-line").first().select(".remaining").text()).isEqualTo("200,000");
        assertThat(page.select("tr.budget-line").first().select(".rate").text()).isEqualTo("33.3%");
        assertThat(page.select("tr.budget-line.overspent .remaining").text()).isEqualTo("-10,000");
        assertThat(page.select("tr.area-total .rate").eachText()).containsExactly("33.3%", "120.0%");
        assertThat(page.select("tr.grand-total .current").text()).isEqualTo("350,000");
        assertThat(page.select("tr.grand-total .spent").text()).isEqualTo("160,000");
        assertThat(page.select("tr.grand-total .remaining").text()).isEqualTo("190,000");
        assertThat(page.select("tr.grand-total .rate").text()).isEqualTo("45.7%");
        assertThat(page.select("tr.category-total .spent").eachText()).containsExactly("100,000", "60,000");
        assertThat(page.select("[data-budget-chart]").attr("data-url")).isEqualTo("/budget/chart?fy=2024");
        assertThat(page.select(".line-form")).isEmpty();
        assertThat(page.select("header nav a[href=/budget]").text()).isEqualTo("予算");
    }

    @Test
    void adminsSetALineFromTheForm() throws Exception {
        mvc.perform(post("/budget/lines").param("fy", "2024").param("areaId", String.valueOf(area(0)))
                        .param("categoryId", String.valueOf(category("広報費"))).param("amount", "120000")
                        .with(csrf()).with(demo.as("admin")))
                .andExpect(redirectedUrl("/budget?fy=2024"));

        assertThat(queries.table(association, FY).total().budget()).isEqualTo(Yen.of(470_000));
        assertThat(page("/budget?fy=2024", "admin").select(".line-form")).hasSize(1);
    }

    @Test
    void fillsTheFormWithALineToChangeIt() throws Exception {
        Document page = page("/budget?fy=2024", "admin");
        String edit = page.select("tr.budget-line").first().select("a.edit-line").attr("href");
        assertThat(edit).isEqualTo("/budget?fy=2024&edit=" + honoraria + "#line-form");

        Document form = page("/budget?fy=2024&edit=" + honoraria, "admin");
        assertThat(form.select("#areaId option[selected]").val()).isEqualTo(String.valueOf(area(0)));
        assertThat(form.select("#categoryId option[selected]").text()).isEqualTo("謝金");
        assertThat(form.select("#amount").val()).isEqualTo("300000");
        assertThat(form.select("#note").val()).isEqualTo("講師謝金");
        assertThat(page("/budget?fy=2024", "viewer").select("a.edit-line")).isEmpty();
    }

    @Test
    void namesTheWrongFieldInJapanese() throws Exception {
        Document page = Html.parse(mvc.perform(post("/budget/lines").param("fy", "2024").param("areaId", "")
                        .param("categoryId", String.valueOf(category("広報費"))).param("amount", "12,000")
                        .with(csrf()).with(demo.as("admin")))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.select(".line-form .field-error").eachText())
                .containsExactly("事業を選んでください", "予算額は整数（円）で入力してください（カンマや小数は使えません）");
    }

    @Test
    void onlyAdminsSetLinesOrTransfer() throws Exception {
        for (String user : new String[] {"sasaki", "kawamoto", "viewer"}) {
            mvc.perform(post("/budget/lines").param("fy", "2024").with(csrf()).with(demo.as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/budget/transfers").param("fy", "2024").with(csrf()).with(demo.as(user)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void recordsATransferAndShowsIt() throws Exception {
        mvc.perform(post("/budget/transfers").param("fy", "2024").param("fromLineId", String.valueOf(honoraria))
                        .param("toLineId", String.valueOf(travel)).param("amount", "10000").param("date", "2025-02-10")
                        .param("reason", "出張旅費の不足").with(csrf()).with(demo.as("admin")))
                .andExpect(redirectedUrl("/budget?fy=2024"));

        Document page = page("/budget?fy=2024", "admin");
        assertThat(page.select("tr.transfer").text()).contains("出張旅費の不足").contains("10,000");
        assertThat(page.select("tr.budget-line .transfers").eachText()).containsExactly("-10,000", "10,000");
        assertThat(page.select("tr.grand-total .current").text()).isEqualTo("350,000");
    }

    @Test
    void refusesATransferBeyondWhatIsLeftSayingWhy() throws Exception {
        Document page = Html.parse(mvc.perform(post("/budget/transfers").param("fy", "2024")
                        .param("fromLineId", String.valueOf(travel)).param("toLineId", String.valueOf(honoraria))
                        .param("amount", "1").param("date", "2025-02-10").param("reason", "戻す")
                        .with(csrf()).with(demo.as("admin")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select(".transfer-form .flash.error").text()).contains("残額（-10,000円）を超えて流用できません");
    }

    @Test
    void servesTheMonthlySpendingFromAprilToMarch() throws Exception {
        mvc.perform(get("/budget/chart").param("fy", "2024").with(demo.as("viewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.months[0]").value("4月"))
                .andExpect(jsonPath("$.spent[2]").value(100_000))
                .andExpect(jsonPath("$.spent[10]").value(60_000))
                .andExpect(jsonPath("$.cumulative[11]").value(160_000))
                .andExpect(jsonPath("$.budget").value(350_000));
    }
}
