package jp.bansou.progress.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.PlanQueries;
import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.DemoUsers;
import jp.bansou.support.Html;
import jp.bansou.support.SeedItems;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** 達成状況の判定 on the item page: what everyone sees, and the reviewer's form. */
@BansouSpringTest
@Transactional
class GradePageTest {

    /** Reviewer 佐々木; FY2021 123 of 120: proposed A, the sheet decided B. */
    private static final String BOOKKEEPING = "記帳継続企業数";
    /** Reviewer 佐々木; FY2021 40 of 50: proposed B, the sheet decided C. */
    private static final String FINANCE_CONSULTATIONS = "金融相談企業数";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;
    @Autowired jp.bansou.progress.GradingQueries grading;

    private SeedItems seed;
    private DemoUsers demo;

    @BeforeEach
    void setUp() {
        seed = new SeedItems(plan, organization);
        demo = new DemoUsers(users);
    }

    @Test
    void showsRateProposalAndDecisionWithWhoAndWhyButNoFormToAViewer() throws Exception {
        Document page = page(BOOKKEEPING, "viewer");
        assertThat(page.select("#grading h2").text()).isEqualTo("達成状況の判定");
        assertThat(page.select("#grading .rate").text()).isEqualTo("102.5%");
        assertThat(page.select("#grading .proposal").text()).isEqualTo("A 100%以上");
        assertThat(page.select("#grading .decision .grade-mark").text()).isEqualTo("B");
        assertThat(page.select("#grading .decision").text())
                .contains("（提案A → 決定B）", "理由: 令和3年度目標管理表の評価を移行", "移行（");
        assertThat(page.select("#grading form")).isEmpty();
    }

    @Test
    void letsTheItemPageLoadTheSectionWithHtmx() throws Exception {
        long id = seed.itemYearId(BOOKKEEPING, SeedItems.FY2021);
        Document item = Html.parse(perform(get("/items/{id}", id), "viewer"));
        assertThat(item.select("section#grading").attr("hx-get")).isEqualTo("/items/" + id + "/grade");
        assertThat(item.select("section#grading").attr("hx-trigger")).isEqualTo("load");
        assertThat(item.select("section#grading a").attr("href")).isEqualTo("/items/" + id + "/grade");
        assertThat(item.select("select#grade")).isEmpty();

        String fragment = Html.body(perform(get("/items/{id}/grade", id).header("HX-Request", "true"), "viewer"));
        assertThat(fragment).doesNotContain("<html", "<header").contains("id=\"grading\"", "102.5%");
    }

    @Test
    void offersTheReviewerTheScaleStartingFromTheCurrentDecision() throws Exception {
        Document page = page(FINANCE_CONSULTATIONS, "sasaki");
        assertThat(page.select("#grading select#code option").eachAttr("value")).containsExactly("", "A", "B", "C");
        assertThat(page.select("#grading select#code option[selected]").val()).isEqualTo("C");
        assertThat(page.select("#grading textarea#reason").text()).isEqualTo("令和3年度目標管理表の評価を移行");
    }

    @Test
    void answersForbiddenToStaffWhoAreNotTheReviewer() throws Exception {
        long id = seed.itemYearId(FINANCE_CONSULTATIONS, SeedItems.FY2021);
        assertThat(page(FINANCE_CONSULTATIONS, "kawamoto").select("#grading form")).isEmpty();
        mvc.perform(decide(id, "B", "").with(demo.as("kawamoto"))).andExpect(status().isForbidden());
        assertThat(seed.detail(id).grade()).isEqualTo("C");
    }

    @Test
    void refusesAGradeOtherThanTheProposalWithoutAReasonAndSaysWhy() throws Exception {
        long id = seed.itemYearId(FINANCE_CONSULTATIONS, SeedItems.FY2021);
        Document page = Html.parse(mvc.perform(decide(id, "A", " ").with(demo.as("sasaki")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select("#grading .flash.error").text()).contains("提案（B）と異なる判定（A）には理由を入力してください");
        assertThat(page.select("#grading select#code option[selected]").val()).isEqualTo("A");
        assertThat(seed.detail(id).grade()).isEqualTo("C");
    }

    @Test
    void savesTheReviewersDecisionAndShowsItAfterTheRedirect() throws Exception {
        long id = seed.itemYearId(FINANCE_CONSULTATIONS, SeedItems.FY2021);
        MvcResult saved = mvc.perform(decide(id, "B", "").with(demo.as("sasaki")))
                .andExpect(redirectedUrl("/items/" + id + "/grade")).andReturn();
        Document page = Html.parse(mvc.perform(get(saved.getResponse().getRedirectedUrl())
                .flashAttrs(saved.getFlashMap()).with(demo.as("sasaki"))).andExpect(status().isOk()).andReturn());
        assertThat(page.select("#grading .flash.success").text()).isEqualTo("判定を保存しました。");
        assertThat(page.select("#grading .decision").text()).contains("（提案B → 決定B）", "佐々木（").doesNotContain("理由");
        assertThat(seed.detail(id).grade()).isEqualTo("B");
    }

    @Test
    void answersAnHtmxDecisionWithTheSectionAlone() throws Exception {
        long id = seed.itemYearId(FINANCE_CONSULTATIONS, SeedItems.FY2021);
        String fragment = Html.body(mvc.perform(decide(id, "A", "年度末の相談を含める").header("HX-Request", "true")
                .with(demo.as("admin"))).andExpect(status().isOk()).andReturn());
        assertThat(fragment).doesNotContain("<html").contains("判定を保存しました。", "理由: 年度末の相談を含める", "管理者");
        assertThat(seed.detail(id).grade()).isEqualTo("A");
    }

    @Test
    void needsTheCsrfToken() throws Exception {
        long id = seed.itemYearId(FINANCE_CONSULTATIONS, SeedItems.FY2021);
        mvc.perform(post("/items/{id}/grade", id).param("code", "B").with(demo.as("sasaki")))
                .andExpect(status().isForbidden());
    }

    @Test
    void findsNoUnknownItem() throws Exception {
        mvc.perform(get("/items/{id}/grade", 987654).with(demo.as("admin"))).andExpect(status().isNotFound());
        mvc.perform(decide(987654, "A", "x").with(demo.as("admin"))).andExpect(status().isNotFound());
    }

    private Document page(String item, String username) throws Exception {
        return Html.parse(perform(get("/items/{id}/grade", seed.itemYearId(item, SeedItems.FY2021)), username));
    }

    private MvcResult perform(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(demo.as(username))).andExpect(status().isOk()).andReturn();
    }

    /** The form's post, quoting the decision's version as the page showed it. */
    private MockHttpServletRequestBuilder decide(long id, String code, String reason) {
        String version = grading.decisionVersion(organization.associationIdByCode("kure-koiki").orElseThrow(), id)
                .map(String::valueOf).orElse("");
        return post("/items/{id}/grade", id).param("code", code).param("reason", reason).param("version", version)
                .with(csrf());
    }
}
