package jp.bansou.progress.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.PlanQueries;
import jp.bansou.progress.CheckIn;
import jp.bansou.progress.CheckInPosted;
import jp.bansou.progress.CheckInQueries;
import jp.bansou.progress.CheckInState;
import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.DemoUsers;
import jp.bansou.support.Html;
import jp.bansou.support.SeedItems;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The check-in section of the item page with the right people: the lead (河本) and a deputy through
 * a group post, the reviewer (佐々木) acknowledges or returns with a comment, everyone else gets 403.
 */
@BansouSpringTest
@Transactional
@RecordApplicationEvents
class CheckInPageTest {

    /** Reviewer 佐々木, lead 河本, deputy 奥田; typed in by hand. */
    private static final String SURVEY = "小規模事業者数等調査実施回数";
    /** Reviewer 佐々木, lead 藤本. */
    private static final String OUTLOOK = "景況調査(県連)実施回数";
    /** Reviewer 歴数, lead 各指導員; counted from records in FY2022. */
    private static final String FINANCE = "財務分析数";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;
    @Autowired CheckInQueries checkIns;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    private SeedItems seed;
    private DemoUsers demo;

    @BeforeEach
    void setUp() {
        seed = new SeedItems(plan, organization);
        demo = new DemoUsers(users);
    }

    @Test
    void letsTheItemPageLoadTheSectionWithHtmx() throws Exception {
        long id = id(SURVEY);
        Document item = Html.parse(ok(get("/items/{id}", id), "viewer"));
        assertThat(item.select("section#check-ins").attr("hx-get")).isEqualTo("/items/" + id + "/check-ins");
        assertThat(item.select("section#check-ins a").attr("href")).isEqualTo("/items/" + id + "/check-ins");
        String fragment = Html.body(ok(get("/items/{id}/check-ins", id).header("HX-Request", "true"), "viewer"));
        assertThat(fragment).doesNotContain("<html", "<header").contains("id=\"check-ins\"", "チェックインはまだありません。");
    }

    @Test
    void letsTheLeadPostAndShowsItAwaitingConfirmation() throws Exception {
        long id = id(SURVEY);
        MvcResult posted = mvc.perform(checkIn(id, "2022-06-30", "1", "ON_TRACK", "調査票を配布").with(demo.as("kawamoto")))
                .andExpect(redirectedUrl("/items/" + id + "/check-ins")).andReturn();
        Document page = Html.parse(mvc.perform(get("/items/{id}/check-ins", id).flashAttrs(posted.getFlashMap())
                .with(demo.as("kawamoto"))).andExpect(status().isOk()).andReturn());
        assertThat(page.select("#check-ins .flash.success").text()).isEqualTo("チェックインを投稿しました。確認者に通知しました。");
        assertThat(page.select(".check-in .date").text()).isEqualTo("2022-06-30");
        assertThat(page.select(".check-in .figure").text()).isEqualTo("1回");
        assertThat(page.select(".check-in .status").text()).isEqualTo("順調");
        assertThat(page.select(".check-in .comment").text()).isEqualTo("調査票を配布");
        assertThat(page.select(".check-in .state").text()).startsWith("確認待ち");
        assertThat(page.select(".check-in .review-form")).isEmpty();
        assertThat(events.stream(CheckInPosted.class)).singleElement().satisfies(e -> {
            assertThat(e.itemYearId()).isEqualTo(id);
            assertThat(e.status()).isEqualTo("ON_TRACK");
            assertThat(e.figureToDate()).isEqualByComparingTo("1");
        });
    }

    @Test
    void letsADeputyThroughAGroupPost() throws Exception {
        long id = id(OUTLOOK);
        mvc.perform(checkIn(id, "2022-06-30", "1", "BEHIND", "回答が遅れている").with(demo.as("kawamoto")))
                .andExpect(status().isForbidden());
        jdbc.sql("INSERT INTO item_year_role (item_year_id, role, position, staff_group_id) VALUES (?, 'DEPUTY', 1, ?)")
                .params(id, organization.groups(seed.associationId()).stream().filter(g -> g.name().equals("各指導員"))
                        .findFirst().orElseThrow().id()).update();
        assertThat(Html.parse(ok(get("/items/{id}/check-ins", id), "kawamoto")).select("form.check-in-form")).hasSize(1);
        mvc.perform(checkIn(id, "2022-06-30", "1", "BEHIND", "回答が遅れている").with(demo.as("kawamoto")))
                .andExpect(redirectedUrl("/items/" + id + "/check-ins"));
        assertThat(checkIns.history(seed.associationId(), id)).extracting(CheckIn::postedByName).containsExactly("河本");
    }

    @Test
    void answersForbiddenToViewersAndToStaffWithoutARole() throws Exception {
        assertThat(Html.parse(ok(get("/items/{id}/check-ins", id(SURVEY)), "viewer")).select("#check-ins form")).isEmpty();
        mvc.perform(checkIn(id(SURVEY), "2022-06-30", "1", "ON_TRACK", "x").with(demo.as("viewer")))
                .andExpect(status().isForbidden());
        assertThat(Html.parse(ok(get("/items/{id}/check-ins", id(OUTLOOK)), "kawamoto")).select("#check-ins form")).isEmpty();
        mvc.perform(checkIn(id(OUTLOOK), "2022-06-30", "1", "ON_TRACK", "x").with(demo.as("kawamoto")))
                .andExpect(status().isForbidden());
        assertThat(checkIns.history(seed.associationId(), id(SURVEY))).isEmpty();
    }

    @Test
    void letsTheReviewerAcknowledgeButNotAnotherStaffMember() throws Exception {
        long id = id(SURVEY);
        long checkIn = postAsKawamoto(id);
        Document reviewer = Html.parse(ok(get("/items/{id}/check-ins", id), "sasaki"));
        assertThat(reviewer.select("#check-in-" + checkIn + " .review-form button").eachText())
                .containsExactly("確認", "差戻し");
        mvc.perform(review(id, checkIn, "acknowledge", "").with(demo.as("kawamoto"))).andExpect(status().isForbidden());
        String fragment = Html.body(mvc.perform(review(id, checkIn, "acknowledge", "了解です")
                .header("HX-Request", "true").with(demo.as("sasaki"))).andExpect(status().isOk()).andReturn());
        assertThat(fragment).doesNotContain("<html").contains("チェックインを確認しました。", "確認済み", "了解です");
        assertThat(checkIns.history(seed.associationId(), id).get(0).state()).isEqualTo(CheckInState.ACKNOWLEDGED);
    }

    @Test
    void offersNoReviewOfTheirOwnCheckInToAReviewerWhoAlsoLeads() throws Exception {
        long id = seed.itemYearId("事業計画策定数", SeedItems.FY2022);
        mvc.perform(checkIn(id, "2022-06-30", "10", "ON_TRACK", "順調").with(demo.as("sasaki")))
                .andExpect(redirectedUrl("/items/" + id + "/check-ins"));
        assertThat(Html.parse(ok(get("/items/{id}/check-ins", id), "sasaki")).select(".review-form")).isEmpty();
        assertThat(Html.parse(ok(get("/items/{id}/check-ins", id), "admin")).select(".review-form")).hasSize(1);
        long own = checkIns.history(seed.associationId(), id).get(0).id();
        Document refused = Html.parse(mvc.perform(review(id, own, "acknowledge", "").with(demo.as("sasaki")))
                .andExpect(status().isOk()).andReturn());
        assertThat(refused.select("#check-ins .flash.error").text()).startsWith("自分が投稿したチェックインは確認・差戻しできません");
        assertThat(checkIns.history(seed.associationId(), id).get(0).state()).isEqualTo(CheckInState.AWAITING);
    }

    @Test
    void needsACommentToReturnACheckIn() throws Exception {
        long id = id(SURVEY);
        long checkIn = postAsKawamoto(id);
        Document refused = Html.parse(mvc.perform(review(id, checkIn, "return", " ").with(demo.as("sasaki")))
                .andExpect(status().isOk()).andReturn());
        assertThat(refused.select("#check-ins .flash.error").text()).isEqualTo("差戻しにはコメントを入力してください");
        assertThat(checkIns.history(seed.associationId(), id).get(0).state()).isEqualTo(CheckInState.AWAITING);
        mvc.perform(review(id, checkIn, "return", "回収数を書いてください").with(demo.as("sasaki")))
                .andExpect(redirectedUrl("/items/" + id + "/check-ins"));
        CheckIn returned = checkIns.history(seed.associationId(), id).get(0);
        assertThat(returned.state()).isEqualTo(CheckInState.RETURNED);
        assertThat(returned.review().comment()).isEqualTo("回収数を書いてください");
        Document lead = Html.parse(ok(get("/items/{id}/check-ins", id), "kawamoto"));
        assertThat(lead.select("form.check-in-form .answer-returned").text()).startsWith("最新のチェックインが差し戻されています。");
        mvc.perform(checkIn(id, "2022-07-05", "2", "ON_TRACK", "回収数 120 件").with(demo.as("kawamoto")))
                .andExpect(redirectedUrl("/items/" + id + "/check-ins"));
        assertThat(Html.parse(ok(get("/items/{id}/check-ins", id), "kawamoto")).select(".answer-returned")).isEmpty();
    }

    @Test
    void namesTheFieldsThatAreMissingOrWrong() throws Exception {
        long id = id(SURVEY);
        Document page = Html.parse(mvc.perform(checkIn(id, "2022-06-30", "", "", " ").with(demo.as("kawamoto")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select("#check-ins .field-error").eachText())
                .containsExactly("状況を選んでください", "コメントを入力してください");
        Document noFigure = Html.parse(mvc.perform(checkIn(id, "2022-06-30", "", "ON_TRACK", "配布済み")
                .with(demo.as("kawamoto"))).andExpect(status().isOk()).andReturn());
        assertThat(noFigure.select("#check-ins .flash.error").text()).contains("実績（現在）を入力してください（手入力の項目です）");
        Document badDate = Html.parse(mvc.perform(checkIn(id, "6/31", "-1", "ON_TRACK", "配布済み")
                .with(demo.as("kawamoto"))).andExpect(status().isOk()).andReturn());
        assertThat(badDate.select("#check-ins .field-error").eachText())
                .containsExactly("日付を 2022-05-31 の形で入力してください", "実績（現在）は0以上の数値を入力してください");
        Document otherYear = Html.parse(mvc.perform(checkIn(id, "2021-06-30", "1", "ON_TRACK", "配布済み")
                .with(demo.as("kawamoto"))).andExpect(status().isOk()).andReturn());
        assertThat(otherYear.select("#check-ins .flash.error").text()).contains("基準日は令和4年度（2022-04-01〜2023-03-31）の日付");
        assertThat(checkIns.history(seed.associationId(), id)).isEmpty();
    }

    @Test
    void asksNoFigureForACountedItem() throws Exception {
        long id = id(FINANCE);
        Document page = Html.parse(ok(get("/items/{id}/check-ins", id), "kawamoto"));
        assertThat(page.select("form.check-in-form input[name=figureToDate]")).isEmpty();
        assertThat(page.select("form.check-in-form .hint").text()).contains("活動記録から集計");
        mvc.perform(checkIn(id, "2022-06-30", "", "ON_TRACK", "順調").with(demo.as("kawamoto")))
                .andExpect(redirectedUrl("/items/" + id + "/check-ins"));
        assertThat(Html.parse(ok(get("/items/{id}/check-ins", id), "kawamoto")).select(".check-in .figure").text())
                .isEqualTo("（記録から集計）");
    }

    @Test
    void needsTheCsrfTokenAndFindsNoUnknownCheckIn() throws Exception {
        long id = id(SURVEY);
        mvc.perform(post("/items/{id}/check-ins", id).param("asOf", "2022-06-30").param("figureToDate", "1")
                .param("status", "ON_TRACK").param("comment", "x").with(demo.as("kawamoto"))).andExpect(status().isForbidden());
        mvc.perform(review(id, 987654, "acknowledge", "").with(demo.as("sasaki"))).andExpect(status().isNotFound());
        mvc.perform(get("/items/{id}/check-ins", 987654).with(demo.as("admin"))).andExpect(status().isNotFound());
    }

    private long postAsKawamoto(long id) throws Exception {
        mvc.perform(checkIn(id, "2022-06-30", "1", "ATTENTION", "回収が遅れ気味").with(demo.as("kawamoto")))
                .andExpect(status().is3xxRedirection());
        return checkIns.history(seed.associationId(), id).get(0).id();
    }

    private long id(String name) {
        return seed.itemYearId(name, SeedItems.FY2022);
    }

    private MvcResult ok(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(demo.as(username))).andExpect(status().isOk()).andReturn();
    }

    private static MockHttpServletRequestBuilder checkIn(long id, String asOf, String figure, String status,
                                                         String comment) {
        return post("/items/{id}/check-ins", id).param("asOf", asOf).param("figureToDate", figure)
                .param("status", status).param("comment", comment).with(csrf());
    }

    private static MockHttpServletRequestBuilder review(long id, long checkIn, String action, String comment) {
        return post("/items/{id}/check-ins/{c}/" + action, id, checkIn).param("comment", comment).with(csrf());
    }
}
