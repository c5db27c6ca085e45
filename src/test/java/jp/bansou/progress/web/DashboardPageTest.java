package jp.bansou.progress.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import jp.bansou.actuals.ActualsQueries;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.Target;
import jp.bansou.plan.TargetRow;
import jp.bansou.progress.PaceStatus;
import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.DemoUsers;
import jp.bansou.support.Html;
import jp.bansou.support.SeedItems;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** {@code /dashboard} and its chart data, on the seed's FY2022 counted from sample records. */
@BansouSpringTest
@Transactional
class DashboardPageTest {

    private static final LocalDate SEPTEMBER = LocalDate.of(2022, 9, 30);

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;
    @Autowired ActualsQueries actuals;

    private SeedItems seed;
    private DemoUsers demo;

    @BeforeEach
    void setUp() {
        seed = new SeedItems(plan, organization);
        demo = new DemoUsers(users);
    }

    @Test
    void listsTheItemsWorstFirstWithExpectedActualAndForecastAsOfTheDate() throws Exception {
        Document page = dashboard("fy=2022&asOf=2022-09-30");
        assertThat(page.select("h1").text()).contains("ダッシュボード", "令和4年度", "2022-09-30 時点");
        List<Integer> order = page.select("tr.pace-row").stream()
                .map(r -> PaceStatus.valueOf(r.className().replace("pace-row status-", "")).ordinal()).toList();
        assertThat(order).isSorted().contains(PaceStatus.BEHIND.ordinal());
        assertThat(order).hasSize(rows().size());
        TargetRow bookkeeping = seed.row("記帳継続企業数", SeedItems.FY2022);
        Element row = row(page, "記帳継続企業数");
        assertThat(row.select("td.expected").text()).isEqualTo("60");
        String counted = Target.formatNumber(actuals.countedToDate(seed.associationId(), SeedItems.FY2022, SEPTEMBER)
                .get(bookkeeping.itemId()));
        assertThat(row.select("td.actual").text()).isEqualTo(counted);
        assertThat(row.select("td.source").text()).isEqualTo("均等");
        assertThat(row.select("a").attr("href")).isEqualTo("/items/" + bookkeeping.itemYearId());
    }

    @Test
    void groupsEachStatusByArea() throws Exception {
        Document page = dashboard("fy=2022&asOf=2022-09-30");
        assertThat(page.select("tbody.pace-group")).allSatisfy(group -> {
            assertThat(group.select("td.area").eachText()).hasSizeGreaterThan(0).allMatch(
                    a -> a.equals(group.select("td.area").first().text()));
        });
    }

    @Test
    void showsTheYearAsOfItsLastDayOnceItIsOver() throws Exception {
        assertThat(dashboard("fy=2022").select("h1 .as-of").text()).isEqualTo("2023-03-31 時点");
        Element row = row(dashboard("fy=2022"), "記帳継続企業数");
        assertThat(row.select("td.forecast").text()).isEqualTo(row.select("td.actual").text());
    }

    @Test
    void showsCountsByLeadDistrictAndStaffAndFiveYearProgress() throws Exception {
        Document page = dashboard("fy=2022&asOf=2022-09-30");
        assertThat(page.select(".pace-leads tbody tr td:first-child").eachText()).contains("各指導員", "河本");
        assertThat(page.select(".pace-districts thead th").eachText()).contains("音戸", "倉橋", "安芸灘");
        assertThat(page.select(".pace-districts tbody tr td a").eachText()).contains("記帳継続企業数");
        assertThat(page.select(".pace-staff thead th").eachText()).contains("河本", "佐々木");
        assertThat(page.select(".pace-five-year tbody tr")).isNotEmpty();
        assertThat(page.select(".pace-five-year progress")).isNotEmpty();
    }

    @Test
    void offersEveryItemForTheChartAndLoadsEChartsFromTheWebJar() throws Exception {
        Document page = dashboard("fy=2022&asOf=2022-09-30");
        assertThat(page.select("select#chart-item option")).hasSize(rows().size());
        assertThat(page.select("#pace-chart").attr("data-url")).isEqualTo("/dashboard/chart?asOf=2022-09-30");
        assertThat(page.select("script[src]").eachAttr("src"))
                .contains("/webjars/echarts/5.3.1/dist/echarts.min.js", "/js/pace-chart.js");
        assertThat(page.select("script:not([src])")).isEmpty();
        mvc.perform(get("/webjars/echarts/5.3.1/dist/echarts.min.js")).andExpect(status().isOk());
        mvc.perform(get("/js/pace-chart.js")).andExpect(status().isOk());
    }

    @Test
    void answersTheChartDataAsJson() throws Exception {
        TargetRow visits = seed.row("巡回相談件数", SeedItems.FY2022);
        mvc.perform(get("/dashboard/chart").param("item", String.valueOf(visits.itemYearId()))
                        .param("asOf", "2022-09-15").with(demo.as("viewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("巡回相談件数"))
                .andExpect(jsonPath("$.year").value("令和4年度"))
                .andExpect(jsonPath("$.months[0]").value("4月"))
                .andExpect(jsonPath("$.months.length()").value(12))
                .andExpect(jsonPath("$.actual[6]").doesNotExist())
                .andExpect(jsonPath("$.actual[5]").isNumber())
                .andExpect(jsonPath("$.expected[11]").value(visits.target().value().doubleValue()));
        mvc.perform(get("/dashboard/chart").param("item", "999999").with(demo.as("viewer")))
                .andExpect(status().isNotFound());
    }

    @Test
    void isTheLandingPageAndInTheNavigation() throws Exception {
        mvc.perform(get("/").with(demo.as("viewer"))).andExpect(redirectedUrl("/dashboard"));
        mvc.perform(get("/dashboard")).andExpect(redirectedUrl("/login"));
        Document page = dashboard("fy=2022");
        assertThat(page.select(".app-header nav a[href=/dashboard]").text()).isEqualTo("ダッシュボード");
        assertThat(page.select("a[href=/admin/pace-thresholds]")).isEmpty();
    }

    private Document dashboard(String query) throws Exception {
        return Html.parse(mvc.perform(get("/dashboard?" + query).with(demo.as("viewer")))
                .andExpect(status().isOk()).andReturn());
    }

    private static Element row(Document page, String name) {
        return page.select("tr.pace-row").stream().filter(r -> r.select("a").text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name));
    }

    private List<TargetRow> rows() {
        return plan.targetTable(seed.associationId(), SeedItems.FY2022).areas().stream()
                .flatMap(a -> a.rows().stream()).toList();
    }
}
