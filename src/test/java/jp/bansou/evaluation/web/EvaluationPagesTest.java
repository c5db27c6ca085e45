package jp.bansou.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.bansou.evaluation.EvaluationQueries;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.PlanQueries;
import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.DemoUsers;
import jp.bansou.support.Html;
import jp.bansou.support.SeedItems;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's pages with MockMvc: every login reads them, only admins and reviewers change them
 * (403 for staff and viewers), and the next year's item page and table load the carried improvements.
 */
@BansouSpringTest
@Transactional
class EvaluationPagesTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired EvaluationQueries queries;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;

    @Test
    void showsTheDemoCommitteeToAViewerWithoutForms() throws Exception {
        var page = Html.parse(mvc.perform(get("/evaluation").param("fy", "2021").with(as("viewer")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select(".committee-member .name").eachText()).contains("山田 一郎", "伊藤 聡");
        assertThat(page.select(".meeting")).hasSize(1);
        assertThat(page.select(".opinion-text").eachText()).anyMatch(t -> t.contains("財務分析は目標を上回った"));
        assertThat(page.select(".improvement .text").eachText()).contains("分析結果の説明資料を統一し、巡回時に活用する");
        assertThat(page.select("form.add-member, form.new-meeting, form.opinion-form")).isEmpty();
        assertThat(page.select("a.download-pdf").attr("href")).isEqualTo("/evaluation/report.pdf?fy=2021");
    }

    @Test
    void showsTheSheetWithGradeCounts() throws Exception {
        long meeting = queries.meetings(seed().associationId(), SeedItems.FY2021).get(0).id();
        var page = Html.parse(mvc.perform(get("/evaluation/meetings/" + meeting).with(as("viewer")))
                .andExpect(status().isOk()).andReturn());
        long analysis = seed().itemYearId("財務分析数", SeedItems.FY2021);
        var line = page.select("tr.sheet-line[data-item-year=" + analysis + "]");
        assertThat(line.select("td.count[data-grade=A]").text()).isEqualTo("2");
        assertThat(line.select("td.count[data-grade=B]").text()).isEqualTo("1");
        assertThat(line.select(".comment").eachText()).contains("山田 一郎（A）: 目標を上回り評価できる");
    }

    @Test
    void refusesChangesToStaffAndViewers() throws Exception {
        for (String user : new String[] {"kawamoto", "viewer"}) {
            mvc.perform(post("/evaluation/members").param("fy", "2022").param("name", "X").param("role", "MEMBER")
                    .with(as(user)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/evaluation/opinions").param("fy", "2021").param("area", "1").param("opinion", "x")
                    .with(as(user)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/evaluation/meetings").param("fy", "2021").param("kind", "YEAR_END")
                    .param("heldOn", "2022-06-01").with(as(user)).with(csrf())).andExpect(status().isForbidden());
        }
        long open = queries.improvements(seed().associationId(), SeedItems.FY2021).stream()
                .filter(r -> r.improvement().responsible() == null).findFirst().orElseThrow().improvement().id();
        mvc.perform(post("/evaluation/improvements/" + open + "/done").with(as("viewer")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void reviewerAddsAMemberAndIsToldOfABadDate() throws Exception {
        mvc.perform(post("/evaluation/members").param("fy", "2022").param("name", "新委員").param("role", "MEMBER")
                        .with(as("sasaki")).with(csrf()))
                .andExpect(redirectedUrl("/evaluation?fy=2022")).andExpect(flash().attribute("done", "evaluation.done.member"));
        assertThat(queries.members(seed().associationId(), SeedItems.FY2022)).extracting(m -> m.name()).contains("新委員");
        mvc.perform(post("/evaluation/meetings").param("fy", "2022").param("kind", "HALF_YEAR").param("heldOn", "11/1")
                        .with(as("sasaki")).with(csrf()))
                .andExpect(flash().attribute("problem", "開催日「11/1」は日付（例 2022-05-20）で入力してください"));
    }

    @Test
    void nextYearsItemPageAndTableLoadTheCarriedImprovements() throws Exception {
        long item = seed().itemYearId("財務分析数", SeedItems.FY2022);
        var itemPage = Html.parse(mvc.perform(get("/items/" + item).with(as("viewer"))).andExpect(status().isOk()).andReturn());
        assertThat(itemPage.select("#carried-improvements").attr("hx-get")).isEqualTo("/evaluation/carried/items/" + item);
        var fragment = Html.parse(mvc.perform(get("/evaluation/carried/items/" + item).header("HX-Request", "true")
                .with(as("kawamoto"))).andExpect(status().isOk()).andReturn());
        assertThat(fragment.select("h2").text()).contains("前年度評価委員会の改善事項");
        assertThat(fragment.select(".improvement .text").eachText()).contains(
                "分析した事業所のうち計画策定に至らなかった先を四半期ごとに点検する", "分析結果の説明資料を統一し、巡回時に活用する");
        assertThat(fragment.select("form.mark-done")).hasSize(1); // 河本 is one of 各指導員; the other names nobody
        var table = Html.parse(mvc.perform(get("/target-table").param("fy", "2022").with(as("viewer"))).andReturn());
        assertThat(table.select("#carried-improvements").attr("hx-get")).isEqualTo("/evaluation/carried?fy=2022");
        var tableFragment = Html.parse(mvc.perform(get("/evaluation/carried").param("fy", "2022").with(as("viewer"))).andReturn());
        assertThat(tableFragment.select(".improvement")).hasSize(2);
        assertThat(tableFragment.select("form.mark-done")).isEmpty();
    }

    @Test
    void responsibleStaffMarksDoneFromTheItemPage() throws Exception {
        long item = seed().itemYearId("財務分析数", SeedItems.FY2022);
        long id = queries.improvementsFor(seed().associationId(), SeedItems.FY2022, seed().row("財務分析数", SeedItems.FY2022).itemId())
                .stream().filter(r -> r.improvement().responsible() != null).findFirst().orElseThrow().improvement().id();
        mvc.perform(post("/evaluation/improvements/" + id + "/done").param("back", "/items/" + item)
                .with(as("kawamoto")).with(csrf())).andExpect(redirectedUrl("/items/" + item));
        assertThat(queries.improvement(seed().associationId(), id).orElseThrow().done()).isTrue();
    }

    private SeedItems seed() {
        return new SeedItems(plan, organization);
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String user) {
        return new DemoUsers(users).as(user);
    }
}
