package jp.bansou.period.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.bansou.organization.OrganizationQueries;
import jp.bansou.period.PeriodLocks;
import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.DemoUsers;
import jp.bansou.support.Html;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

/** /admin/periods: an admin closes a month, a half or a year and reopens with a reason; nobody else may. */
@BansouSpringTest
@Transactional
class PeriodsPageTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired PeriodLocks locks;
    @Autowired OrganizationQueries organization;

    private DemoUsers demo;

    @BeforeEach
    void setUp() {
        demo = new DemoUsers(users);
    }

    private long association() {
        return organization.associationIdByCode("kure-koiki").orElseThrow();
    }

    private MvcResult close(String user, String kind, String month) throws Exception {
        return mvc.perform(post("/admin/periods/close").with(csrf()).with(demo.as(user))
                .param("fy", "2022").param("kind", kind).param("month", month)).andReturn();
    }

    private Document pageAfter(MvcResult result) throws Exception {
        return Html.parse(mvc.perform(get(result.getResponse().getRedirectedUrl()).flashAttrs(result.getFlashMap())
                .with(demo.as("admin"))).andExpect(status().isOk()).andReturn());
    }

    @Test
    void letsAnAdminCloseAMonthAndListsItWithWhoClosedIt() throws Exception {
        MvcResult result = close("admin", "MONTH", "5");
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/periods");
        Document page = pageAfter(result);
        assertThat(page.select(".flash.success").text()).isEqualTo("令和4年度 5月を締めました");
        assertThat(page.select("tr.closed-period .label").text()).isEqualTo("令和4年度 5月");
        assertThat(page.select("tr.closed-period td").get(1).text()).isEqualTo("管理者");
        assertThat(locks.closedPeriods(association())).hasSize(1);
    }

    @Test
    void linksAClosedYearToItsSnapshotDifferences() throws Exception {
        Document page = pageAfter(close("admin", "YEAR", ""));
        assertThat(page.select("tr.closed-period .label").text()).startsWith("令和4年度");
        assertThat(page.select("tr.closed-period a").attr("href")).isEqualTo("/target-table/snapshot?fy=2022");
    }

    @Test
    void asksForTheMonthOfAMonthInJapanese() throws Exception {
        Document page = pageAfter(close("admin", "MONTH", ""));
        assertThat(page.select(".flash.error").text()).isEqualTo("月は1〜12で指定してください");
        assertThat(locks.closedPeriods(association())).isEmpty();
    }

    @Test
    void reopensOnlyWithAReason() throws Exception {
        close("admin", "FIRST_HALF", "");
        MvcResult refused = mvc.perform(post("/admin/periods/reopen").with(csrf()).with(demo.as("admin"))
                .param("fy", "2022").param("kind", "FIRST_HALF").param("reason", "")).andReturn();
        assertThat(pageAfter(refused).select(".flash.error").text()).isEqualTo("締めを解除する理由を入力してください");
        assertThat(locks.closedPeriods(association())).hasSize(1);

        MvcResult reopened = mvc.perform(post("/admin/periods/reopen").with(csrf()).with(demo.as("admin"))
                .param("fy", "2022").param("kind", "FIRST_HALF").param("reason", "入力漏れの訂正")).andReturn();
        assertThat(pageAfter(reopened).select(".flash.success").text()).isEqualTo("令和4年度 上期の締めを解除しました");
        assertThat(locks.closedPeriods(association())).isEmpty();
    }

    @Test
    void forbidsReviewersStaffAndViewers() throws Exception {
        for (String user : new String[] {"sasaki", "kawamoto", "viewer"}) {
            mvc.perform(get("/admin/periods").with(demo.as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/periods/close").with(csrf()).with(demo.as(user)).param("fy", "2022")
                    .param("kind", "YEAR")).andExpect(status().isForbidden());
        }
        assertThat(locks.closedPeriods(association())).isEmpty();
    }

    @Test
    void showsTheNavLinksToAdminsOnly() throws Exception {
        Document admin = Html.parse(mvc.perform(get("/admin/periods").with(demo.as("admin"))).andReturn());
        assertThat(admin.select("nav a[href=/admin/periods]")).hasSize(1);
        assertThat(admin.select("nav a[href=/admin/audit]")).hasSize(1);
        Document staff = Html.parse(mvc.perform(get("/target-table").with(demo.as("kawamoto"))).andReturn());
        assertThat(staff.select("nav a[href=/admin/periods], nav a[href=/admin/audit]")).isEmpty();
        mvc.perform(get("/admin/periods").with(demo.as("admin"))).andExpect(status().isOk());
        mvc.perform(post("/admin/periods/close").with(demo.as("admin")).param("fy", "2022").param("kind", "YEAR"))
                .andExpect(status().isForbidden());
    }
}
