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
import jp.bansou.progress.PaceService;
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

/**
 * The pace on /my-items: each item's status (as of the year's last day for the finished FY2022) and
 * the list of what is behind, for the lead 河本 and the reviewer 佐々木, following the check-in
 * figures of a manual item and a status set by hand.
 */
@BansouSpringTest
@Transactional
class MyItemsPacePageTest {

    /** Reviewer 佐々木, lead 河本; typed in by hand, so its actual to date is the latest check-in figure. */
    private static final String SURVEY = "小規模事業者数等調査実施回数";
    /** Lead 各指導員 (河本 among them); FY2021: 3 of 9. */
    private static final String INNOVATION = "経営革新計画策定数";
    /** Reviewer 佐々木, lead 藤本. */
    private static final String OUTLOOK = "景況調査(県連)実施回数";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;
    @Autowired CheckInService checkIns;
    @Autowired PaceService pace;

    private SeedItems seed;
    private DemoUsers demo;

    @BeforeEach
    void setUp() {
        seed = new SeedItems(plan, organization);
        demo = new DemoUsers(users);
    }

    @Test
    void showsAManualItemWithoutAFigureAsUnknownAndNotBehind() throws Exception {
        Document page = page("kawamoto");
        assertThat(page.select("table.my-items th").eachText()).contains("進捗（2023-03-31時点）");
        assertThat(row(page, SURVEY).select("td.pace").text()).isEqualTo("判定不可");
        assertThat(behindNames(page)).doesNotContain(SURVEY);
    }

    @Test
    void listsTheItemAsBehindForTheLeadAndTheReviewerOnceItsFigureLags() throws Exception {
        checkIn(BigDecimal.ZERO);
        for (String login : new String[] {"kawamoto", "sasaki"}) {
            Document page = page(login);
            assertThat(row(page, SURVEY).select("td.pace a").text()).as(login).isEqualTo("遅れ");
            assertThat(row(page, SURVEY).select("td.pace a").attr("href")).isEqualTo("/items/" + id(SURVEY) + "#pace");
            assertThat(behindNames(page)).as(login).contains(SURVEY);
            assertThat(page.select("section.behind h2").text()).startsWith("遅れている項目: ").endsWith("（2023-03-31時点）");
            assertThat(behind(page, SURVEY).select(".figures").text())
                    .isEqualTo("予定 " + target() + "回・実績 0回（年度末予測 0回）");
        }
    }

    @Test
    void dropsTheItemFromTheBehindListWhenItsFigureReachesTheTarget() throws Exception {
        checkIn(BigDecimal.ZERO);
        checkIn(seed.detail(id(SURVEY)).target());
        Document page = page("kawamoto");
        assertThat(row(page, SURVEY).select("td.pace").text()).isEqualTo("順調");
        assertThat(behindNames(page)).doesNotContain(SURVEY);
    }

    @Test
    void listsEveryRowShownBehindAndNoOther() throws Exception {
        pace.setStatus(user("sasaki"), id(OUTLOOK), "BEHIND", "県連の調査票が未着");
        Document page = page("sasaki");
        assertThat(row(page, OUTLOOK).select("td.pace").text()).isEqualTo("遅れ");
        assertThat(behind(page, OUTLOOK).select(".figures").text()).isEqualTo("手動設定（佐々木）: 県連の調査票が未着");
        assertThat(behindNames(page)).containsExactlyElementsOf(page.select("tr.my-item:has(td.pace a[data-status=BEHIND])")
                .stream().map(r -> r.select("td.item a").text()).toList());
    }

    @Test
    void listsTheSheetsItemBehindAtTheEndOfFY2021AndSaysSoOnceNothingIs() throws Exception {
        Document page = page("kawamoto", 2021);
        assertThat(page.select("section.behind h2").text()).isEqualTo("遅れている項目: 1項目（2022-03-31時点）");
        assertThat(behindNames(page)).containsExactly(INNOVATION);
        assertThat(page.select("section.behind li .figures").text()).isEqualTo("予定 9件・実績 3件（年度末予測 3件）");

        pace.setStatus(user("kawamoto"), seed.itemYearId(INNOVATION, SeedItems.FY2021), "ON_TRACK", "下期に3件申請中");
        Document after = page("kawamoto", 2021);
        assertThat(after.select("section.behind h2").text()).isEqualTo("遅れている項目: 0項目（2022-03-31時点）");
        assertThat(after.select("section.behind .empty").text()).isEqualTo("遅れている項目はありません。");
        assertThat(row(after, INNOVATION).select("td.pace").text()).isEqualTo("順調");
    }

    private void checkIn(BigDecimal figure) {
        checkIns.post(user("kawamoto"), id(SURVEY), new NewCheckIn(LocalDate.of(2022, 9, 30), figure,
                CheckInStatus.ON_TRACK, "回収状況"));
    }

    private String target() {
        return seed.detail(id(SURVEY)).target().stripTrailingZeros().toPlainString();
    }

    private Document page(String username) throws Exception {
        return page(username, 2022);
    }

    private Document page(String username, int fy) throws Exception {
        return Html.parse(mvc.perform(get("/my-items").param("fy", String.valueOf(fy)).with(demo.as(username)))
                .andExpect(status().isOk()).andReturn());
    }

    private static java.util.List<String> behindNames(Document page) {
        return page.select("section.behind li a").eachText();
    }

    private Element behind(Document page, String name) {
        return page.select("section.behind li[data-item-year=" + id(name) + "]").first();
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
