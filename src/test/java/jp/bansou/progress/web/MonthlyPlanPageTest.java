package jp.bansou.progress.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.PlanQueries;
import jp.bansou.progress.PaceQueries;
import jp.bansou.progress.ProfileSource;
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

/** {@code /items/{id}/monthly-plan}: the lead's twelve months, which must add up to the target. */
@BansouSpringTest
@Transactional
class MonthlyPlanPageTest {

    /** Target 10 回; lead 各指導員 (河本 is one of them). */
    private static final String STUDY_MEETINGS = "勉強会開催数";
    /** Lead 古川, deputy 菊池, reviewer 佐々木. */
    private static final String TALENT = "人材活用支援数";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;
    @Autowired PaceQueries pace;

    private SeedItems seed;
    private DemoUsers demo;

    @BeforeEach
    void setUp() {
        seed = new SeedItems(plan, organization);
        demo = new DemoUsers(users);
    }

    @Test
    void savesTwelveMonthsThatAddUpToTheTargetAndSpreadsByThem() throws Exception {
        long id = id(STUDY_MEETINGS);
        assertThat(seed.detail(id).target()).isEqualByComparingTo("10");
        MvcResult saved = mvc.perform(save(id, "4", "0", "0", "0", "0", "0", "6", "0", "0", "0", "0", "0")
                .with(demo.as("kawamoto"))).andExpect(redirectedUrl("/items/" + id + "/monthly-plan")).andReturn();
        Document page = Html.parse(mvc.perform(get("/items/{id}/monthly-plan", id).flashAttrs(saved.getFlashMap())
                .with(demo.as("kawamoto"))).andExpect(status().isOk()).andReturn());
        assertThat(page.select(".flash.success").text()).isEqualTo("月別計画を保存しました。");
        assertThat(page.select("input#months0").val()).isEqualTo("4");
        assertThat(page.select("input#months6").val()).isEqualTo("6");
        var itemPace = pace.itemPace(seed.associationId(), id, LocalDate.of(2022, 9, 30)).orElseThrow();
        assertThat(itemPace.source()).isEqualTo(ProfileSource.PLAN);
        assertThat(itemPace.pace().expectedToDate()).isEqualByComparingTo(new BigDecimal("4"));
    }

    @Test
    void refusesMonthsThatDoNotAddUpToTheTargetSayingSoInJapanese() throws Exception {
        long id = id(STUDY_MEETINGS);
        Document page = Html.parse(mvc.perform(save(id, "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1")
                .with(demo.as("kawamoto"))).andExpect(status().isOk()).andReturn());
        assertThat(page.select(".flash.error").text()).contains("月別計画の合計（12）が目標（10）と一致しません");
        assertThat(page.select("input#months0").val()).isEqualTo("1");
        assertThat(pace.monthlyPlan(seed.associationId(), id)).isEmpty();
    }

    @Test
    void namesTheMonthThatIsNoNumber() throws Exception {
        long id = id(STUDY_MEETINGS);
        Document page = Html.parse(mvc.perform(save(id, "1", "abc", "1", "1", "1", "1", "1", "1", "1", "1", "0", "")
                .with(demo.as("kawamoto"))).andExpect(status().isOk()).andReturn());
        assertThat(page.select(".field-error").eachText()).containsExactly("5月は数値で入力してください", "3月は数値で入力してください");
        assertThat(page.select("input#months1").hasClass("invalid")).isTrue();
    }

    @Test
    void letsOnlyTheLeadDeputiesAndAdminsPlan() throws Exception {
        long talent = id(TALENT);
        String[] five = {"5", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"};
        mvc.perform(save(talent, five).with(demo.as("kawamoto"))).andExpect(status().isForbidden());
        mvc.perform(save(talent, five).with(demo.as("sasaki"))).andExpect(status().isForbidden());
        mvc.perform(save(talent, five).with(demo.as("viewer"))).andExpect(status().isForbidden());
        Document readOnly = Html.parse(mvc.perform(get("/items/{id}/monthly-plan", talent).with(demo.as("viewer")))
                .andExpect(status().isOk()).andReturn());
        assertThat(readOnly.select("fieldset[disabled]")).hasSize(1);
        assertThat(readOnly.select("main button[type=submit]")).isEmpty();
        mvc.perform(save(talent, five).with(demo.as("admin"))).andExpect(redirectedUrl("/items/" + talent + "/monthly-plan"));
    }

    @Test
    void removesThePlanSoLastYearOrAnEvenSpreadApplyAgain() throws Exception {
        long id = id(STUDY_MEETINGS);
        mvc.perform(save(id, "10", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0").with(demo.as("admin")));
        mvc.perform(post("/items/{id}/monthly-plan/delete", id).with(csrf()).with(demo.as("kawamoto")))
                .andExpect(redirectedUrl("/items/" + id + "/monthly-plan"));
        assertThat(pace.monthlyPlan(seed.associationId(), id)).isEmpty();
        assertThat(pace.itemPace(seed.associationId(), id, LocalDate.of(2022, 9, 30)).orElseThrow().source())
                .isEqualTo(ProfileSource.EVEN);
    }

    private long id(String name) {
        return seed.itemYearId(name, SeedItems.FY2022);
    }

    private static MockHttpServletRequestBuilder save(long id, String... months) {
        MockHttpServletRequestBuilder request = post("/items/{id}/monthly-plan", id).with(csrf());
        for (int i = 0; i < months.length; i++) {
            request.param("months[" + i + "]", months[i]);
        }
        return request;
    }
}
