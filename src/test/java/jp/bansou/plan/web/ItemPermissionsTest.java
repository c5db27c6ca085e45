package jp.bansou.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.ItemYearDetail;
import jp.bansou.plan.PlanQueries;
import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.DemoUsers;
import jp.bansou.support.SeedItems;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may save an item: staff where they lead or deputise (in person or through a group),
 * reviewers anything, viewers nothing; every save needs the CSRF token.
 */
@BansouSpringTest
@Transactional
class ItemPermissionsTest {

    /** Lead 藤本, deputy 岡本: not kawamoto's. */
    private static final String SURVEY = "景況調査(県連)実施回数";
    /** Lead 河本 in person. */
    private static final String SMALL_BUSINESS_SURVEY = "小規模事業者数等調査実施回数";
    /** Lead 各指導員, a group kawamoto belongs to as an advisor. */
    private static final String FINANCIAL_ANALYSES = "財務分析数";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;

    private SeedItems seed;
    private ItemPage pages;

    @BeforeEach
    void setUp() {
        seed = new SeedItems(plan, organization);
        pages = new ItemPage(mvc, new DemoUsers(users));
    }

    @Test
    void showsTheItemReadOnlyToAViewer() throws Exception {
        Document page = pages.show(seed.itemYearId(SURVEY, SeedItems.FY2021), "viewer");
        assertThat(page.select(".flash.info").text()).contains("閲覧のみ");
        assertThat(page.select("form.item-form > fieldset").hasAttr("disabled")).isTrue();
        assertThat(page.select("form.item-form button")).isEmpty();
    }

    @Test
    void refusesAViewersSave() throws Exception {
        assertRefused(SURVEY, "viewer");
    }

    @Test
    void refusesStaffOnAnItemTheyNeitherLeadNorDeputise() throws Exception {
        assertThat(pages.show(seed.itemYearId(SURVEY, SeedItems.FY2021), "kawamoto")
                .select("form.item-form > fieldset").hasAttr("disabled")).isTrue();
        assertRefused(SURVEY, "kawamoto");
    }

    @Test
    void letsStaffSaveAnItemTheyLead() throws Exception {
        assertSaves(SMALL_BUSINESS_SURVEY, "kawamoto");
    }

    @Test
    void letsStaffSaveAnItemTheirGroupLeads() throws Exception {
        assertSaves(FINANCIAL_ANALYSES, "kawamoto");
    }

    @Test
    void letsAReviewerSaveAnyItem() throws Exception {
        assertSaves(SURVEY, "sasaki");
    }

    @Test
    void refusesASaveWithoutTheCsrfToken() throws Exception {
        ItemYearDetail before = seed.detail(seed.itemYearId(SMALL_BUSINESS_SURVEY, SeedItems.FY2021));
        mvc.perform(ItemFormParams.of(before).set("actual", "42").post().with(new DemoUsers(users).as("kawamoto")))
                .andExpect(status().isForbidden());
        assertUnchanged(before);
    }

    private void assertSaves(String item, String username) throws Exception {
        long id = seed.itemYearId(item, SeedItems.FY2021);
        MvcResult saved = pages.save(ItemFormParams.of(seed.detail(id)).set("actual", "42"), username)
                .andExpect(redirectedUrl("/items/" + id)).andReturn();
        Document page = pages.afterRedirect(saved, username);
        assertThat(page.select(".flash.success").text()).isEqualTo("保存しました。");
        assertThat(page.select("#actual").val()).isEqualTo("42");
        assertThat(seed.detail(id).actual()).isEqualByComparingTo("42");
    }

    private void assertRefused(String item, String username) throws Exception {
        ItemYearDetail before = seed.detail(seed.itemYearId(item, SeedItems.FY2021));
        pages.save(ItemFormParams.of(before).set("actual", "999"), username).andExpect(status().isForbidden());
        assertUnchanged(before);
    }

    private void assertUnchanged(ItemYearDetail before) {
        ItemYearDetail after = seed.detail(before.itemYearId());
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.actual()).isEqualTo(before.actual());
    }
}
