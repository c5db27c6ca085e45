package jp.bansou.progress.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.PlanQueries;
import jp.bansou.progress.CheckInPosted;
import jp.bansou.progress.PaceQueries;
import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.DemoUsers;
import jp.bansou.support.Html;
import jp.bansou.support.SeedItems;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** 進捗 on the item page: figures as of a date, and the status set by hand with a comment. */
@BansouSpringTest
@Transactional
class PacePageTest {

    /** Manual; target 10 回; reviewer 佐々木, lead 各指導員 (河本 is an advisor). */
    private static final String STUDY_MEETINGS = "勉強会開催数";
    /** Manual; reviewer 佐々木, lead 古川, deputy 菊池: not 河本's. */
    private static final String TALENT = "人材活用支援数";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;
    @Autowired ApplicationEventPublisher events;
    @Autowired PaceQueries pace;

    private SeedItems seed;
    private DemoUsers demo;

    @BeforeEach
    void setUp() {
        seed = new SeedItems(plan, organization);
        demo = new DemoUsers(users);
    }

    @Test
    void letsTheItemPageLoadTheSectionWithHtmx() throws Exception {
        long id = id(STUDY_MEETINGS);
        Document item = Html.parse(mvc.perform(get("/items/{id}", id).with(demo.as("viewer"))).andReturn());
        assertThat(item.select("section#pace").attr("hx-get")).isEqualTo("/items/" + id + "/pace");
        assertThat(item.select("section#pace").attr("hx-trigger")).isEqualTo("load");
        String fragment = Html.body(mvc.perform(get("/items/{id}/pace", id).header("HX-Request", "true")
                .with(demo.as("viewer"))).andExpect(status().isOk()).andReturn());
        assertThat(fragment).doesNotContain("<html", "<header").contains("id=\"pace\"");
    }

    @Test
    void showsExpectedActualForecastAndStatusFromTheLatestCheckIn() throws Exception {
        long id = id(STUDY_MEETINGS);
        checkIn(id, LocalDate.of(2022, 9, 1), "4");
        Document page = page(id, "viewer", "2022-09-30");
        assertThat(page.select("#pace .as-of").text()).isEqualTo("2022-09-30");
        assertThat(page.select("#pace .expected").text()).isEqualTo("5回");
        assertThat(page.select("#pace .actual").text()).contains("4回", "確認報告の最新値");
        assertThat(page.select("#pace .rate").text()).isEqualTo("80.0%");
        assertThat(page.select("#pace .forecast").text()).isEqualTo("8回");
        assertThat(page.select("#pace .status .pace-status").text()).isEqualTo("要注意");
        assertThat(page.select("#pace .source").text()).contains("均等");
        assertThat(page.select("#pace .source a").attr("href")).isEqualTo("/items/" + id + "/monthly-plan");
        assertThat(page.select("#pace form")).isEmpty();
        assertThat(page.select("#pace [data-pace-chart]").attr("data-item")).isEqualTo(String.valueOf(id));
        assertThat(page.select("#pace [data-pace-chart]").attr("data-url")).isEqualTo("/dashboard/chart?asOf=2022-09-30");
    }

    @Test
    void letsTheLeadSetTheStatusWithACommentAndShowsWhoAndWhen() throws Exception {
        long id = id(STUDY_MEETINGS);
        checkIn(id, LocalDate.of(2022, 9, 1), "5");
        MvcResult saved = mvc.perform(setStatus(id, "BEHIND", "講師が見つからず10月以降は未定").with(demo.as("kawamoto")))
                .andExpect(redirectedUrl("/items/" + id + "/pace")).andReturn();
        Document page = Html.parse(mvc.perform(get("/items/{id}/pace", id).param("asOf", "2022-09-30")
                .flashAttrs(saved.getFlashMap()).with(demo.as("kawamoto"))).andExpect(status().isOk()).andReturn());
        assertThat(page.select("#pace .flash.success").text()).isEqualTo("状況を設定しました。");
        assertThat(page.select("#pace .status .pace-status").text()).isEqualTo("遅れ");
        assertThat(page.select("#pace .status").text())
                .contains("手動設定: 河本（", "講師が見つからず10月以降は未定", "（計算上は順調）");
        Document dashboard = Html.parse(mvc.perform(get("/dashboard").param("fy", "2022").param("asOf", "2022-09-30")
                .with(demo.as("viewer"))).andReturn());
        assertThat(dashboard.select("tr.pace-row.status-BEHIND a").eachText()).contains(STUDY_MEETINGS);
    }

    @Test
    void refusesAHandSetStatusWithoutACommentNamingTheField() throws Exception {
        long id = id(STUDY_MEETINGS);
        Document page = Html.parse(mvc.perform(setStatus(id, "BEHIND", " ").with(demo.as("kawamoto")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select("#pace .field-error").text()).isEqualTo("状況を手動で設定するにはコメントを入力してください");
        assertThat(pace.itemPace(seed.associationId(), id, LocalDate.of(2022, 9, 30)).orElseThrow().override()).isNull();
    }

    @Test
    void answersAnHtmxStatusWithTheSectionAlone() throws Exception {
        long id = id(TALENT);
        String fragment = Html.body(mvc.perform(setStatus(id, "ATTENTION", "受講者の募集が遅れている")
                .header("HX-Request", "true").with(demo.as("sasaki"))).andExpect(status().isOk()).andReturn());
        assertThat(fragment).doesNotContain("<html").contains("状況を設定しました。", "手動設定: 佐々木", "要注意");
    }

    @Test
    void letsOnlyTheLeadDeputiesReviewerAndAdminsSetTheStatus() throws Exception {
        long talent = id(TALENT);
        mvc.perform(setStatus(talent, "BEHIND", "理由").with(demo.as("kawamoto"))).andExpect(status().isForbidden());
        mvc.perform(setStatus(talent, "BEHIND", "理由").with(demo.as("viewer"))).andExpect(status().isForbidden());
        assertThat(page(talent, "kawamoto", "2022-09-30").select("#pace form")).isEmpty();
        assertThat(page(talent, "sasaki", "2022-09-30").select("#pace form select#status option").eachAttr("value"))
                .containsExactly("", "ON_TRACK", "ATTENTION", "BEHIND");
        mvc.perform(setStatus(talent, "ON_TRACK", "順調").with(demo.as("admin")))
                .andExpect(redirectedUrl("/items/" + talent + "/pace"));
    }

    private long id(String name) {
        return seed.itemYearId(name, SeedItems.FY2022);
    }

    private void checkIn(long itemYearId, LocalDate asOf, String figure) {
        events.publishEvent(new CheckInPosted(seed.associationId(), itemYearId, asOf, new BigDecimal(figure), null, 1L,
                Instant.now()));
    }

    private Document page(long id, String user, String asOf) throws Exception {
        return Html.parse(mvc.perform(get("/items/{id}/pace", id).param("asOf", asOf).with(demo.as(user)))
                .andExpect(status().isOk()).andReturn());
    }

    private static MockHttpServletRequestBuilder setStatus(long id, String status, String comment) {
        return post("/items/{id}/pace/status", id).param("status", status).param("comment", comment).with(csrf());
    }
}
