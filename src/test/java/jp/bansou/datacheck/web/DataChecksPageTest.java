package jp.bansou.datacheck.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import jp.bansou.activity.ActivityFixtures;
import jp.bansou.datacheck.DataChecks;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.PlanQueries;
import jp.bansou.shared.FiscalYear;
import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.DemoUsers;
import jp.bansou.support.Html;
import jp.bansou.support.SeedItems;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The admins' data checks page on the demo data with planted problems: lines, links, htmx, who may see it. */
@BansouSpringTest
@Transactional
class DataChecksPageTest {

    private static final String PAGE = "/admin/data-checks";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired DataChecks checks;

    private DemoUsers demo;
    private SeedItems seed;
    private ActivityFixtures fixtures;

    @BeforeEach
    void setUp() {
        demo = new DemoUsers(users);
        seed = new SeedItems(plan, organization);
        fixtures = new ActivityFixtures(context);
    }

    @Test
    void listsEveryCheckWithItsCountAndTheYearChosen() throws Exception {
        Document page = page("2022");
        assertThat(page.select("table.data-check-summary tbody tr")).hasSize(checks.codes().size());
        assertThat(page.select("section.data-check")).extracting(Element::id)
                .containsExactlyElementsOf(checks.codes().stream().map(c -> "check-" + c).toList());
        assertThat(page.select("table.data-check-summary a").first().text()).isEqualTo("確認者・主担当の未設定");
        assertThat(page.select("#fy option[selected]").text()).isEqualTo("令和4年度");
        assertThat(page.select("header nav a[href=/admin/data-checks]").text()).isEqualTo("データ点検");
        assertThat(page.select("a[href=/api/v1/data-checks?fy=2022]")).hasSize(1);
    }

    @Test
    void linksAnItemWithoutALeadToItsPage() throws Exception {
        long finance = seed.itemYearId("財務分析数", SeedItems.FY2022);
        jdbc.sql("DELETE FROM item_year_role WHERE item_year_id = ? AND role = 'LEAD'").param(finance).update();
        Element line = lineLinking(page("2022").selectFirst("#check-roles"), "/items/" + finance);
        assertThat(line.select("td").eachText()).containsExactly("財務分析数", "主担当が設定されていません", "開く");
        assertThat(summaryCount(page("2022"), "roles")).isPositive();
        mvc.perform(get("/items/{id}", finance).with(demo.as("admin"))).andExpect(status().isOk());
    }

    @Test
    void linksAFutureRecordToTheListNarrowedToIt() throws Exception {
        LocalDate later = checks.today().plusDays(40);
        long business = fixtures.plantBusiness("株式会社 未来日付", "倉橋", null);
        long record = fixtures.visit(business, later, "未来の日付");
        String link = "/activities?fy=" + FiscalYear.containing(later).startYear() + "&record=" + record;
        Element line = lineLinking(page("2022").selectFirst("#check-futureRecords"), link);
        assertThat(line.select("td").first().text()).isEqualTo(later + " 巡回相談 株式会社 未来日付");
        assertThat(line.select("td").get(1).text()).isEqualTo("日付が本日（" + checks.today() + "）より後です");
        Document list = Html.parse(mvc.perform(get(link).with(demo.as("admin"))).andExpect(status().isOk()).andReturn());
        assertThat(list.select("#activity-results tbody tr")).singleElement()
                .satisfies(row -> assertThat(row.text()).contains("株式会社 未来日付", "未来の日付"));
        assertThat(list.select("#activity-results .flash.info a").attr("href"))
                .isEqualTo("/activities?fy=" + FiscalYear.containing(later).startYear());
    }

    @Test
    void linksDuplicateBusinessesToTheMergePage() throws Exception {
        long first = fixtures.plantBusiness("点検重複商店", "音戸", "DC-9");
        long second = fixtures.plantBusiness("点検重複商店（本店）", "安浦", "DC-9");
        Element line = lineLinking(page("2022").selectFirst("#check-duplicateBusinesses"),
                "/businesses/" + first + "/merge?duplicate=" + second);
        assertThat(line.select("td").eachText()).startsWith("点検重複商店 / 点検重複商店（本店）",
                "会員番号 DC-9 が同じです（統合を検討してください）");
    }

    @Test
    void answersAnHtmxRequestWithTheResultsOnly() throws Exception {
        Document fragment = Html.parse(mvc.perform(get(PAGE).param("fy", "2021").header("HX-Request", "true")
                .with(demo.as("admin"))).andExpect(status().isOk()).andReturn());
        assertThat(fragment.select("header.app-header")).isEmpty();
        assertThat(fragment.select("#data-check-results h2").text()).startsWith("令和3年度");
        assertThat(fragment.select("section.data-check")).hasSize(checks.codes().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sasaki", "kawamoto", "viewer"})
    void refusesEveryoneButAdmins(String user) throws Exception {
        mvc.perform(get(PAGE).with(demo.as(user))).andExpect(status().isForbidden());
    }

    @Test
    void showsTheNavLinkToAdminsOnly() throws Exception {
        Document staffPage = Html.parse(mvc.perform(get("/target-table").with(demo.as("kawamoto")))
                .andExpect(status().isOk()).andReturn());
        assertThat(staffPage.select("header nav a[href=/admin/data-checks]")).isEmpty();
    }

    @Test
    void refusesAYearThatCannotBe() throws Exception {
        mvc.perform(get(PAGE).param("fy", "1800").with(demo.as("admin"))).andExpect(status().isBadRequest());
    }

    private Document page(String fy) throws Exception {
        return Html.parse(mvc.perform(get(PAGE).param("fy", fy).with(demo.as("admin")))
                .andExpect(status().isOk()).andReturn());
    }

    private static Element lineLinking(Element section, String link) {
        return section.select("tbody tr").stream().filter(tr -> !tr.select("a[href=" + link + "]").isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("no line linking " + link + " in " + section.text()));
    }

    private static int summaryCount(Document page, String code) {
        Element row = page.selectFirst("table.data-check-summary a[href=#check-" + code + "]").closest("tr");
        return Integer.parseInt(row.selectFirst("td.num").text());
    }
}
