package jp.bansou.plan.web;

import static jp.bansou.plan.web.ItemPage.fieldError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.ItemYearDetail;
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
import org.springframework.transaction.annotation.Transactional;

/** Wrong input comes back in Japanese beside its field, and nothing is saved. */
@BansouSpringTest
@Transactional
class ItemValidationTest {

    private static final String ITEM = "財務分析数";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;

    private SeedItems seed;
    private ItemPage pages;
    private ItemYearDetail before;

    @BeforeEach
    void setUp() {
        seed = new SeedItems(plan, organization);
        pages = new ItemPage(mvc, new DemoUsers(users));
        before = seed.detail(seed.itemYearId(ITEM, SeedItems.FY2021));
    }

    @Test
    void refusesANegativeActual() throws Exception {
        Document page = rejected(ItemFormParams.of(before).set("actual", "-1"));
        assertThat(fieldError(page, "actual")).isEqualTo("0以上の数値を入力してください");
        assertThat(page.select("#actual").hasClass("invalid")).isTrue();
    }

    @Test
    void refusesTextWhereANumberBelongsAndKeepsWhatWasTyped() throws Exception {
        Document page = rejected(ItemFormParams.of(before).set("actual", "たくさん"));
        assertThat(fieldError(page, "actual")).isEqualTo("数値を入力してください");
        assertThat(page.select("#actual").val()).isEqualTo("たくさん");
    }

    @Test
    void requiresALead() throws Exception {
        Document page = rejected(ItemFormParams.of(before).set("lead", ""));
        assertThat(fieldError(page, "lead")).isEqualTo("主担当を選んでください");
    }

    @Test
    void refusesANegativeDistrictFigure() throws Exception {
        long district = seed.districtId("倉橋");
        Document page = rejected(ItemFormParams.of(before).district(district, "-3"));
        assertThat(fieldError(page, "districtActuals" + district)).isEqualTo("0以上の数値を入力してください");
        assertThat(fieldError(page, "districtActuals" + seed.districtId("音戸"))).isEmpty();
    }

    /** Posts as the reviewer, expects the form back, and checks the item was left as it was. */
    private Document rejected(ItemFormParams form) throws Exception {
        Document page = Html.parse(pages.save(form, "sasaki")
                .andExpect(status().isOk()).andExpect(view().name("plan/item")).andReturn());
        ItemYearDetail after = seed.detail(before.itemYearId());
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.actual()).isEqualTo(before.actual());
        assertThat(after.districtActuals()).isEqualTo(before.districtActuals());
        assertThat(after.roles()).isEqualTo(before.roles());
        return page;
    }
}
