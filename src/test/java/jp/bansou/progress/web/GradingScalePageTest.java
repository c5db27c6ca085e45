package jp.bansou.progress.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.PlanQueries;
import jp.bansou.progress.GradeStep;
import jp.bansou.progress.GradingQueries;
import jp.bansou.progress.ItemGrading;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** The admin's grading scale page: the seed's A/B/C, edits that move the proposals, refused scales. */
@BansouSpringTest
@Transactional
class GradingScalePageTest {

    private static final String PAGE = "/admin/grading-scale";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;
    @Autowired GradingQueries grading;

    private SeedItems seed;
    private DemoUsers demo;

    @BeforeEach
    void setUp() {
        seed = new SeedItems(plan, organization);
        demo = new DemoUsers(users);
    }

    @Test
    void listsTheSeedScaleToAnAdmin() throws Exception {
        Document page = Html.parse(mvc.perform(get(PAGE).with(demo.as("admin"))).andExpect(status().isOk()).andReturn());
        assertThat(page.select("table.grading-scale tbody .grade-mark").eachText()).containsExactly("A", "B", "C");
        assertThat(page.select("table.grading-scale input[name$=label]").eachAttr("value"))
                .containsExactly("100%以上", "80%以上", "80%未満");
        assertThat(page.select("table.grading-scale input[name$=lowerBound]").eachAttr("value"))
                .containsExactly("100", "80", "0");
    }

    @Test
    void isForAdminsOnly() throws Exception {
        mvc.perform(get(PAGE).with(demo.as("sasaki"))).andExpect(status().isForbidden());
        mvc.perform(scale("110", "80").with(demo.as("sasaki"))).andExpect(status().isForbidden());
    }

    @Test
    void raisingTheBoundOfAChangesTheProposalsButNotTheDecisions() throws Exception {
        mvc.perform(scale("110", "80").with(demo.as("admin"))).andExpect(redirectedUrl(PAGE));
        ItemGrading bookkeeping = fy2021("記帳継続企業数");
        assertThat(bookkeeping.proposedCode()).isEqualTo("B");
        assertThat(bookkeeping.decision().proposedCode()).isEqualTo("A");
        assertThat(fy2021("財務分析数").proposedCode()).isEqualTo("A");
        assertThat(grading.scale(seed.associationId()).steps().get(0).label()).isEqualTo("110%以上");
    }

    @Test
    void refusesBoundsThatDoNotFallAndKeepsTheScale() throws Exception {
        Document page = Html.parse(mvc.perform(scale("100", "100").with(demo.as("admin")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select(".flash.error").text()).isEqualTo("下限は上の段階より小さくしてください（B）");
        assertThat(grading.scale(seed.associationId()).steps().get(1).lowerBound()).isEqualByComparingTo("80");
    }

    @Test
    void addsAStepWhereItsBoundPlacesIt() throws Exception {
        mvc.perform(add("D", "50%以上", "50", false).with(demo.as("admin"))).andExpect(redirectedUrl(PAGE));
        assertThat(grading.scale(seed.associationId()).steps()).extracting(GradeStep::code)
                .containsExactly("A", "B", "D", "C");
    }

    @Test
    void addsANotCarriedOutStepThatItemsWithoutActualsGet() throws Exception {
        mvc.perform(add("E", "未実施", "", true).with(demo.as("admin"))).andExpect(redirectedUrl(PAGE));
        assertThat(grading.itemGrading(seed.associationId(), seed.itemYearId("勉強会開催数", SeedItems.FY2022))
                .orElseThrow().proposedCode()).isEqualTo("E");
    }

    @Test
    void refusesACodeTheScaleAlreadyHas() throws Exception {
        Document page = Html.parse(mvc.perform(add("B", "もう一つ", "50", false).with(demo.as("admin")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select(".flash.error").text()).isEqualTo("記号「B」が重複しています");
        assertThat(page.select("form.add-step input#label").val()).isEqualTo("もう一つ");
    }

    @Test
    void removesAStep() throws Exception {
        mvc.perform(post(PAGE + "/steps/delete").param("code", "B").with(csrf()).with(demo.as("admin")))
                .andExpect(redirectedUrl(PAGE));
        assertThat(fy2021("金融相談企業数").proposedCode()).isEqualTo("C");
    }

    @Test
    void servesTheScalesColoursAsAStyleSheet() throws Exception {
        String css = Html.body(mvc.perform(get("/grading-scale.css").with(demo.as("viewer")))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/css")).andReturn());
        assertThat(css).contains("[data-grade=\"A\"] { color: #2e7d32;", "[data-grade=\"C\"] { color: #ef6c00;");
    }

    private ItemGrading fy2021(String name) {
        return grading.itemGrading(seed.associationId(), seed.itemYearId(name, SeedItems.FY2021)).orElseThrow();
    }

    /** The page's form with the seed's steps, A's and B's bounds as given. */
    private static MockHttpServletRequestBuilder scale(String boundA, String boundB) {
        return post(PAGE).with(csrf())
                .param("steps[0].code", "A").param("steps[0].label", boundA + "%以上").param("steps[0].lowerBound", boundA)
                .param("steps[0].colour", "#2e7d32").param("steps[0].notCarriedOut", "false")
                .param("steps[1].code", "B").param("steps[1].label", "80%以上").param("steps[1].lowerBound", boundB)
                .param("steps[1].colour", "#1565c0").param("steps[1].notCarriedOut", "false")
                .param("steps[2].code", "C").param("steps[2].label", "80%未満").param("steps[2].lowerBound", "0")
                .param("steps[2].colour", "#ef6c00").param("steps[2].notCarriedOut", "false");
    }

    private static MockHttpServletRequestBuilder add(String code, String label, String bound, boolean notCarriedOut) {
        return post(PAGE + "/steps").with(csrf()).param("code", code).param("label", label).param("lowerBound", bound)
                .param("colour", "#6a1b9a").param("notCarriedOut", Boolean.toString(notCarriedOut));
    }
}
