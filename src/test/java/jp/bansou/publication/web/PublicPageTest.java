package jp.bansou.publication.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.StaffMember;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public page and CSV without login, published and withdrawn through the admin page; an item
 * whose name looks like a formula shows the CSV neutralising it.
 */
@BansouSpringTest
@Transactional
class PublicPageTest {

    private static final String PAGE = "/public/kure-koiki/2021";
    private static final String FORMULA = "=HYPERLINK(\"http://evil\")";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired PeriodLocks locks;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;
    @Autowired JdbcClient jdbc;

    private DemoUsers demo;
    private long association;

    @BeforeEach
    void closeFy2021WithAFormulaLikeItemName() {
        demo = new DemoUsers(users);
        SeedItems seed = new SeedItems(plan, organization);
        association = seed.associationId();
        long item = seed.row("財務分析数", SeedItems.FY2021).itemId();
        jdbc.sql("UPDATE kpi_item SET name = ? WHERE id = ?").params(FORMULA, item).update();
        locks.close((BansouUser) users.loadUserByUsername("admin"), Period.of(SeedItems.FY2021, PeriodKind.YEAR));
    }

    private void publish() throws Exception {
        mvc.perform(post("/admin/publication/publish").param("fy", "2021").with(csrf()).with(demo.as("admin")))
                .andExpect(redirectedUrl("/admin/publication"));
    }

    @Test
    void answers404UntilPublishedAndAfterWithdrawal() throws Exception {
        mvc.perform(get(PAGE)).andExpect(status().isNotFound());
        publish();
        mvc.perform(get(PAGE)).andExpect(status().isOk());
        mvc.perform(post("/admin/publication/withdraw").param("fy", "2021").with(csrf()).with(demo.as("admin")))
                .andExpect(redirectedUrl("/admin/publication"));
        mvc.perform(get(PAGE)).andExpect(status().isNotFound());
        mvc.perform(get(PAGE + "/csv")).andExpect(status().isNotFound());
        mvc.perform(get("/public/unknown/2021")).andExpect(status().isNotFound());
    }

    @Test
    void showsTheTableWithoutLoginAndNoStaffOrBusinessName() throws Exception {
        publish();
        MvcResult result = mvc.perform(get(PAGE)).andExpect(status().isOk()).andReturn();
        String body = Html.body(result);
        Document page = Html.parse(result);
        assertThat(page.select(".public-row")).hasSize(plan.targetTable(association, SeedItems.FY2021).itemCount());
        assertThat(page.select("h1").text()).contains("呉広域商工会", "令和3年度");
        assertThat(page.select(".public-row").text()).contains("3,000以上", "113.9%");
        List<String> staff = organization.staffMembers(association).stream().map(StaffMember::name).toList();
        assertThat(staff).contains("佐々木", "河本");
        assertThat(staff).allSatisfy(name -> assertThat(body).doesNotContain(name));
        List<String> businesses = jdbc.sql("SELECT name FROM business WHERE association_id = ?")
                .param(association).query(String.class).list();
        assertThat(businesses).isNotEmpty().allSatisfy(name -> assertThat(body).doesNotContain(name));
        assertThat(body).doesNotContain("管理者");
    }

    @Test
    void downloadsTheCsvWithoutLoginNeutralisingFormulas() throws Exception {
        publish();
        byte[] csv = mvc.perform(get(PAGE + "/csv")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF事業,項目,単位,目標,実績,達成率,達成状況\r\n");
        assertThat(text).contains(",\"'=HYPERLINK(\"\"http://evil\"\")\",件,108,123,113.9%,A\r\n");
        assertThat(text.lines().skip(1)).allSatisfy(line -> assertThat(line).doesNotStartWith("="));
    }

    @Test
    void letsOnlyAdminsOpenThePublicationPage() throws Exception {
        publish();
        Document admin = Html.parse(mvc.perform(get("/admin/publication").with(demo.as("admin")))
                .andExpect(status().isOk()).andReturn());
        assertThat(admin.getElementById("fy-2021").select(".public-link").attr("href")).isEqualTo(PAGE);
        assertThat(admin.getElementById("fy-2021").select(".withdraw-form")).hasSize(1);
        assertThat(admin.getElementById("fy-2022").select(".publish-form")).isEmpty();
        mvc.perform(get("/admin/publication").with(demo.as("viewer"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/publication/publish").param("fy", "2021").with(csrf()).with(demo.as("sasaki")))
                .andExpect(status().isForbidden());
    }

    @Test
    void namesTheReasonWhenTheYearIsNotClosed() throws Exception {
        mvc.perform(post("/admin/publication/publish").param("fy", "2022").with(csrf()).with(demo.as("admin")))
                .andExpect(redirectedUrl("/admin/publication"))
                .andExpect(flash().attribute("problem", "令和4年度は締められていないため公開できません（先に年度を締めてください）"));
    }
}
