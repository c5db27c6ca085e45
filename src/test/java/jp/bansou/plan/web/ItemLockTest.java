package jp.bansou.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.period.Period;
import jp.bansou.period.PeriodKind;
import jp.bansou.period.PeriodLocks;
import jp.bansou.plan.PlanQueries;
import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.DemoUsers;
import jp.bansou.support.Html;
import jp.bansou.support.SeedItems;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

/**
 * The item page and the PUT API of an item of a closed year: reviewers and staff are refused in
 * Japanese, an admin saves only with a reason, which the item's history then shows.
 */
@BansouSpringTest
@Transactional
class ItemLockTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;
    @Autowired PeriodLocks locks;

    private SeedItems seed;
    private ItemPage pages;
    private long id;

    @BeforeEach
    void closeFy2021() {
        seed = new SeedItems(plan, organization);
        pages = new ItemPage(mvc, new DemoUsers(users));
        locks.close((BansouUser) users.loadUserByUsername("admin"), Period.of(SeedItems.FY2021, PeriodKind.YEAR));
        id = seed.itemYearId("財務分析数", SeedItems.FY2021);
    }

    @Test
    void tellsEveryoneTheYearIsClosedAndOffersTheReasonToAdminsOnly() throws Exception {
        Document admin = pages.show(id, "admin");
        assertThat(admin.select(".year-closed").text()).isEqualTo(
                "令和3年度は締められています。数値を変更できるのは管理者だけで、変更理由が必要です。");
        assertThat(admin.select("textarea#changeReason")).hasSize(1);
        Document reviewer = pages.show(id, "sasaki");
        assertThat(reviewer.select(".year-closed")).hasSize(1);
        assertThat(reviewer.select("#changeReason")).isEmpty();
    }

    @Test
    void refusesAReviewersSaveInJapaneseAndKeepsTheFigure() throws Exception {
        Document page = Html.parse(pages.save(ItemFormParams.of(seed.detail(id)).set("actual", "200"), "sasaki")
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select(".flash.error").text())
                .isEqualTo("令和3年度は締められています。締めた期間の数値を変更できるのは管理者だけです");
        assertThat(seed.detail(id).actual()).isEqualByComparingTo("123");
    }

    @Test
    void refusesAnAdminsSaveWithoutAReason() throws Exception {
        Document page = Html.parse(pages.save(ItemFormParams.of(seed.detail(id)).set("actual", "200"), "admin")
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select(".flash.error").text())
                .isEqualTo("令和3年度は締められています。変更するには変更理由を入力してください");
        assertThat(seed.detail(id).actual()).isEqualByComparingTo("123");
    }

    @Test
    void savesAnAdminsCorrectionWithItsReasonInTheItemsHistory() throws Exception {
        MvcResult saved = pages.save(ItemFormParams.of(seed.detail(id)).set("actual", "124")
                .set("changeReason", "決算書との突合で1件追加"), "admin").andExpect(status().is3xxRedirection()).andReturn();
        assertThat(seed.detail(id).actual()).isEqualByComparingTo("124");
        Document page = pages.afterRedirect(saved, "admin");
        assertThat(page.select("#history tr.audit-row").first().select(".before").text()).isEqualTo("実績: 123");
        assertThat(page.select("#history tr.audit-row").first().select(".after").text()).isEqualTo("実績: 124");
        assertThat(page.select("#history tr.audit-row").first().select(".reason").text())
                .isEqualTo("決算書との突合で1件追加");
        assertThat(page.select("#history tr.audit-row").first().select(".who").text()).isEqualTo("管理者");
    }

    @Test
    void answersTheApiWith409ForAReviewerAndSavesAnAdminsChangeWithAReason() throws Exception {
        int version = seed.detail(id).version();
        mvc.perform(put("/api/v1/item-years/{id}", id).with(httpBasic("sasaki", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body(version, null)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0]").value("令和3年度は締められています。締めた期間の数値を変更できるのは管理者だけです"));
        mvc.perform(put("/api/v1/item-years/{id}", id).with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body(version, "\"API での訂正\"")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.item.actual").value(125));
    }

    @Test
    void refusesTheReviewersGradeDecisionAndTakesAnAdminsWithAReason() throws Exception {
        long bookkeeping = seed.itemYearId("記帳継続企業数", SeedItems.FY2021);
        Document refused = Html.parse(mvc.perform(post("/items/{id}/grade", bookkeeping).param("code", "A")
                        .param("reason", "見直し").with(csrf()).with(new DemoUsers(users).as("sasaki")))
                .andExpect(status().isOk()).andReturn());
        assertThat(refused.select("#grading .flash.error").text())
                .isEqualTo("令和3年度は締められています。締めた期間の数値を変更できるのは管理者だけです");
        assertThat(seed.detail(bookkeeping).grade()).isEqualTo("B");
        mvc.perform(post("/items/{id}/grade", bookkeeping).param("code", "A").param("reason", "委員会の指摘")
                .param("version", "0").with(csrf()).with(new DemoUsers(users).as("admin"))).andExpect(status().is3xxRedirection());
        assertThat(seed.detail(bookkeeping).grade()).isEqualTo("A");
    }

    private static String body(int version, String reason) {
        return """
                {"version": %d, "target": 108, "actual": 125, "districts": {},
                 "note": null, "reviewer": "歴数", "lead": "各指導員", "deputies": [], "reason": %s}"""
                .formatted(version, reason);
    }
}
