package jp.bansou.progress.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.PlanQueries;
import jp.bansou.progress.CheckInService;
import jp.bansou.progress.CheckInStatus;
import jp.bansou.progress.NewCheckIn;
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

/** /my-items for 河本 (staff, lead in person and through 各指導員) and 佐々木 (reviewer and lead). */
@BansouSpringTest
@Transactional
class MyItemsPageTest {

    private static final String SURVEY = "小規模事業者数等調査実施回数";
    private static final String OUTLOOK = "景況調査(県連)実施回数";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;
    @Autowired CheckInService checkIns;

    private SeedItems seed;
    private DemoUsers demo;

    @BeforeEach
    void setUp() {
        seed = new SeedItems(plan, organization);
        demo = new DemoUsers(users);
    }

    @Test
    void listsKawamotosItemsWithTheirRolesAndLinks() throws Exception {
        Document page = page("kawamoto", 2022);
        assertThat(page.select("h1").text()).isEqualTo("担当項目 令和4年度");
        assertThat(row(page, SURVEY).select(".roles").text()).isEqualTo("主担当");
        assertThat(row(page, SURVEY).select("a").attr("href")).isEqualTo("/items/" + id(SURVEY));
        assertThat(row(page, "財務分析数").select(".roles").text()).isEqualTo("主担当（各指導員）");
        assertThat(row(page, "DM会員発送").select(".roles").text()).isEqualTo("副担当");
        assertThat(page.select("tr.my-item td.item").eachText()).doesNotContain(OUTLOOK, "都市圏店舗での市場調査分析フィードバック数");
        assertThat(page.select("tr.my-item .roles").eachText()).noneMatch(r -> r.contains("確認者"));
    }

    @Test
    void listsSasakisItemsAsReviewerAndLead() throws Exception {
        Document page = page("sasaki", 2022);
        assertThat(row(page, OUTLOOK).select(".roles").text()).isEqualTo("確認者");
        assertThat(row(page, "事業計画策定数").select(".role").eachText()).containsExactly("確認者", "主担当（各指導員）");
        assertThat(page.select("tr.my-item td.item").eachText()).doesNotContain("DM会員発送");
    }

    @Test
    void showsTheReviewerTheCheckInAwaitingAndTheLeadItsReturn() throws Exception {
        assertThat(page("sasaki", 2022).select(".awaiting-confirmation li")).isEmpty();
        var posted = checkIns.post(user("kawamoto"), id(SURVEY), new NewCheckIn(LocalDate.of(2022, 6, 30),
                BigDecimal.ONE, CheckInStatus.BEHIND, "回収が遅れている"));
        Document reviewer = page("sasaki", 2022);
        assertThat(reviewer.select(".awaiting-confirmation li a").eachText()).containsExactly(SURVEY);
        assertThat(reviewer.select(".awaiting-confirmation li a").attr("href")).isEqualTo("/items/" + id(SURVEY) + "#check-ins");
        assertThat(row(reviewer, SURVEY).select(".todo").text()).isEqualTo("確認待ち 1");
        assertThat(row(reviewer, SURVEY).select(".last-check-in").text()).isEqualTo("2022-06-30");
        assertThat(page("kawamoto", 2022).select(".returned li")).isEmpty();

        checkIns.returnToPoster(user("sasaki"), id(SURVEY), posted.id(), "回収数を書いてください");
        Document lead = page("kawamoto", 2022);
        assertThat(lead.select(".returned li a").eachText()).containsExactly(SURVEY);
        assertThat(row(lead, SURVEY).select(".todo").text()).isEqualTo("差戻し");
        assertThat(page("sasaki", 2022).select(".awaiting-confirmation li")).isEmpty();
    }

    @Test
    void offersTheYearsWithATableAndTheNavLink() throws Exception {
        Document page = page("kawamoto", 2021);
        assertThat(page.select("h1").text()).isEqualTo("担当項目 令和3年度");
        assertThat(page.select("select#fy option").eachText()).containsExactly("令和3年度", "令和4年度");
        assertThat(page.select("select#fy option[selected]").text()).isEqualTo("令和3年度");
        assertThat(page.select(".app-header nav a[href=/my-items]").text()).isEqualTo("担当項目");
        Document newest = Html.parse(mvc.perform(get("/my-items").with(demo.as("kawamoto")))
                .andExpect(status().isOk()).andReturn());
        assertThat(newest.select("h1").text()).isEqualTo("担当項目 令和4年度");
    }

    @Test
    void tellsALoginWithoutStaffThatItHasNoItems() throws Exception {
        for (String login : new String[] {"admin", "viewer"}) {
            Document page = page(login, 2022);
            assertThat(page.select(".flash.info").text()).contains("職員に紐づいていない");
            assertThat(page.select("tr.my-item")).isEmpty();
        }
    }

    private Document page(String username, int fy) throws Exception {
        return Html.parse(mvc.perform(get("/my-items").param("fy", String.valueOf(fy)).with(demo.as(username)))
                .andExpect(status().isOk()).andReturn());
    }

    private static Element row(Document page, String name) {
        return page.select("tr.my-item").stream().filter(r -> r.select("td.item a").text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name));
    }

    private long id(String name) {
        return seed.itemYearId(name, SeedItems.FY2022);
    }

    private BansouUser user(String username) {
        return (BansouUser) users.loadUserByUsername(username);
    }
}
