package jp.bansou.budget.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.bansou.budget.BudgetQueries;
import jp.bansou.budget.BudgetService;
import jp.bansou.budget.ExpenseCategories;
import jp.bansou.budget.LedgerEntry;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.period.Period;
import jp.bansou.period.PeriodLocks;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** /budget/ledger: entering spending (staff too), the over-budget warning and reason, reversals. */
@BansouSpringTest
@Transactional
class LedgerPagesTest {

    static final FiscalYear FY = FiscalYear.of(2024);

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired OrganizationQueries organization;
    @Autowired BudgetQueries queries;
    @Autowired BudgetService budget;
    @Autowired ExpenseCategories categories;
    @Autowired PeriodLocks locks;

    DemoUsers demo;
    long association;
    long line;

    @BeforeEach
    void setUp() {
        demo = new DemoUsers(users);
        association = organization.associationIdByCode("kure-koiki").orElseThrow();
        long category = categories.all(association).stream().filter(c -> c.name().equals("会場借料")).findFirst()
                .orElseThrow().id();
        line = budget.setLine(association, FY, queries.areas(association).get(0).id(), category, Yen.of(50_000), null);
    }

    MockHttpServletRequestBuilder entry(String amount) {
        return entry(amount, line);
    }

    MockHttpServletRequestBuilder entry(String amount, long lineId) {
        return post("/budget/ledger").param("fy", "2024").param("lineId", String.valueOf(lineId))
                .param("date", "2024-11-05").param("amount", amount).param("payee", "呉市文化ホール")
                .param("purpose", "セミナー会場").param("voucherNo", "R-12").with(csrf());
    }

    @Test
    void staffEnterSpendingAndTheLedgerShowsItWithTheTotal() throws Exception {
        mvc.perform(entry("30000").with(demo.as("kawamoto"))).andExpect(redirectedUrl("/budget/ledger?fy=2024"));

        Document page = Html.parse(mvc.perform(get("/budget/ledger?fy=2024").with(demo.as("viewer")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select("tr.ledger-entry td.amount").eachText()).containsExactly("30,000");
        assertThat(page.select("tr.ledger-entry").text()).contains("呉市文化ホール", "R-12", "河本");
        assertThat(page.select("tr.ledger-total .amount").text()).isEqualTo("30,000");
        assertThat(page.select(".spending-form")).isEmpty();
        assertThat(page.select(".reverse-form")).isEmpty();
    }

    @Test
    void viewersCannotEnterOrReverse() throws Exception {
        mvc.perform(entry("1").with(demo.as("viewer"))).andExpect(status().isForbidden());
        mvc.perform(post("/budget/ledger/1/reverse").param("fy", "2024").with(csrf()).with(demo.as("viewer")))
                .andExpect(status().isForbidden());
    }

    @Test
    void warnsBeforeGoingOverTheBudgetAndStoresTheEntryOnlyWithAReason() throws Exception {
        Document warning = Html.parse(mvc.perform(get("/budget/ledger/check").param("lineId", String.valueOf(line))
                        .param("amount", "50001").header("HX-Request", "true").with(demo.as("kawamoto")))
                .andExpect(status().isOk()).andReturn());
        assertThat(warning.select("#budget-warning").text()).contains("予算を 1円 超えます");

        Document refused = Html.parse(mvc.perform(entry("50001").with(demo.as("kawamoto")))
                .andExpect(status().isOk()).andReturn());
        assertThat(refused.select(".over-budget").text()).contains("1円超えます", "超過の理由を入力すると登録できます");
        assertThat(queries.ledger(association, FY).entries()).isEmpty();

        mvc.perform(entry("50001").param("overBudgetReason", "参加者増で広い会場に変更").with(demo.as("kawamoto")))
                .andExpect(redirectedUrl("/budget/ledger?fy=2024"));
        assertThat(queries.ledger(association, FY).entries()).extracting(LedgerEntry::reason)
                .containsExactly("参加者増で広い会場に変更");
    }

    @Test
    void saysNothingWhileTheEntryStaysWithinTheBudget() throws Exception {
        Document warning = Html.parse(mvc.perform(get("/budget/ledger/check").param("lineId", String.valueOf(line))
                        .param("amount", "50000").with(demo.as("kawamoto")))
                .andExpect(status().isOk()).andReturn());
        assertThat(warning.select("#budget-warning").text()).isEmpty();
    }

    @Test
    void namesMissingFieldsInJapanese() throws Exception {
        Document page = Html.parse(mvc.perform(post("/budget/ledger").param("fy", "2024")
                        .param("lineId", String.valueOf(line)).param("amount", "1.5").with(csrf())
                        .with(demo.as("kawamoto")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select(".spending-form .field-error").eachText()).containsExactly("支出日を入力してください",
                "金額は整数（円）で入力してください（カンマや小数は使えません）", "支払先を入力してください", "用途を入力してください");
    }

    @Test
    void reversesAnEntryWithAReasonFromTheLedger() throws Exception {
        mvc.perform(entry("30000").with(demo.as("kawamoto")));
        long id = queries.ledger(association, FY).entries().get(0).id();

        mvc.perform(post("/budget/ledger/{id}/reverse", id).param("fy", "2024").param("date", "2024-11-30")
                        .param("reason", "二重計上").with(csrf()).with(demo.as("kawamoto")))
                .andExpect(redirectedUrl("/budget/ledger?fy=2024"));

        Document page = Html.parse(mvc.perform(get("/budget/ledger?fy=2024").with(demo.as("kawamoto")))
                .andReturn());
        assertThat(page.select("tr.ledger-entry td.amount").eachText()).containsExactly("30,000", "-30,000");
        assertThat(page.select("tr.reversal").text()).contains("No." + id + " の取消", "二重計上");
        assertThat(page.select("tr.reversed .reverse-form")).isEmpty();
        assertThat(page.select("tr.ledger-total .amount").text()).isEqualTo("0");
    }

    @Test
    void showsOneLinesSpendingFromTheBudgetTable() throws Exception {
        mvc.perform(entry("30000").with(demo.as("kawamoto")));
        long other = budget.setLine(association, FY, queries.areas(association).get(1).id(),
                categories.all(association).get(0).id(), Yen.of(10_000), null);
        mvc.perform(entry("7000", other).with(demo.as("kawamoto")));
        Document table = Html.parse(mvc.perform(get("/budget?fy=2024").with(demo.as("viewer"))).andReturn());
        String link = table.select("tr.budget-line").first().select(".spent a").attr("href");
        assertThat(link).isEqualTo("/budget/ledger?fy=2024&line=" + line);

        Document page = Html.parse(mvc.perform(get(link).with(demo.as("kawamoto"))).andExpect(status().isOk())
                .andReturn());
        assertThat(page.select("tr.ledger-entry td.amount").eachText()).containsExactly("30,000");
        assertThat(page.select("tr.ledger-total .amount").text()).isEqualTo("30,000");
        assertThat(page.select(".only-line").text()).contains("残額 20,000円");
        assertThat(page.select("#lineId option[selected]").val()).isEqualTo(String.valueOf(line));
        mvc.perform(get("/budget/ledger?fy=2024&line=-1").with(demo.as("kawamoto"))).andExpect(status().isNotFound());
    }

    @Test
    void takesEntriesInAClosedMonthFromAdminsWithAReasonOnly() throws Exception {
        locks.close((BansouUser) users.loadUserByUsername("admin"), Period.month(FY, 11));

        Document refused = Html.parse(mvc.perform(entry("1000").with(demo.as("kawamoto")))
                .andExpect(status().isOk()).andReturn());
        assertThat(refused.select(".spending-form .flash.error").text())
                .isEqualTo("令和6年度 11月は締められています。締めた期間の数値を変更できるのは管理者だけです");
        assertThat(refused.select("#closedPeriodReason")).isEmpty();

        mvc.perform(entry("1000").param("closedPeriodReason", "締め後に請求書が届いた").with(demo.as("admin")))
                .andExpect(redirectedUrl("/budget/ledger?fy=2024"));
        assertThat(queries.ledger(association, FY).entries()).hasSize(1);
        assertThat(Html.parse(mvc.perform(get("/budget/ledger?fy=2024").with(demo.as("admin"))).andReturn())
                .select("#closedPeriodReason")).hasSize(1);
    }

    @Test
    void refusesAReversalWithoutAReason() throws Exception {
        mvc.perform(entry("30000").with(demo.as("kawamoto")));
        long id = queries.ledger(association, FY).entries().get(0).id();

        mvc.perform(post("/budget/ledger/{id}/reverse", id).param("fy", "2024").param("reason", "")
                        .with(csrf()).with(demo.as("kawamoto")))
                .andExpect(redirectedUrl("/budget/ledger?fy=2024"));
        assertThat(queries.ledger(association, FY).entries()).hasSize(1);
    }
}
