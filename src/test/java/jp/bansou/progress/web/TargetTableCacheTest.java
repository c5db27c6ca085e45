package jp.bansou.progress.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.StaffAdministration;
import jp.bansou.organization.StaffDetails;
import jp.bansou.organization.StaffMember;
import jp.bansou.plan.ItemYearChange;
import jp.bansou.plan.ItemYearDetail;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.PlanService;
import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.DemoUsers;
import jp.bansou.support.Html;
import jp.bansou.support.LoggedIn;
import jp.bansou.support.SeedItems;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The target table and the dashboard are served from the page cache: these tests commit (no surrounding transaction,
 * which would bypass the cache) and undo their changes. A change shows on the very next read.
 */
@BansouSpringTest
class TargetTableCacheTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired PlanQueries plan;
    @Autowired PlanService planService;
    @Autowired OrganizationQueries organization;
    @Autowired StaffAdministration staff;

    SeedItems seed;
    BansouUser admin;

    @BeforeEach
    void setUp() {
        seed = new SeedItems(plan, organization);
        admin = new LoggedIn(users).as("admin");
    }

    @Test
    void showsAChangedTargetAtOnce() throws Exception {
        long id = seed.itemYearId("財務分析数", SeedItems.FY2022);
        page("viewer", "ja");
        ItemYearDetail before = seed.detail(id);
        try {
            change(id, new BigDecimal("987"));
            assertThat(targetCell(page("viewer", "ja"), id)).startsWith("987");
        } finally {
            change(id, before.target());
        }
        assertThat(targetCell(page("viewer", "ja"), id)).isEqualTo(targetCell(page("admin", "ja"), id))
                .doesNotStartWith("987");
    }

    @Test
    void dashboardShowsAChangedTargetAtOnce() throws Exception {
        long id = seed.itemYearId("財務分析数", SeedItems.FY2022);
        dashboard();
        ItemYearDetail before = seed.detail(id);
        try {
            change(id, new BigDecimal("987"));
            assertThat(dashboardTarget(dashboard(), id)).startsWith("987");
        } finally {
            change(id, before.target());
        }
        assertThat(dashboardTarget(dashboard(), id)).doesNotStartWith("987");
    }

    @Test
    void showsARenamedStaffMemberAtOnce() throws Exception {
        StaffMember kawamoto = organization.staffMembers(seed.associationId()).stream()
                .filter(s -> s.name().equals("河本")).findFirst().orElseThrow();
        assertThat(page("viewer", "ja").select("td.role, td.deputies").text()).contains("河本")
                .doesNotContain("河本改");
        try {
            staff.change(admin, kawamoto.id(), details(kawamoto, "河本改"));
            assertThat(page("viewer", "ja").select("td.role, td.deputies").text()).contains("河本改");
        } finally {
            staff.change(admin, kawamoto.id(), details(kawamoto, "河本"));
        }
        assertThat(page("viewer", "ja").select("td.role, td.deputies").text()).doesNotContain("河本改");
    }

    @Test
    void keepsTheAdminsImportLinkFromOtherRoles() throws Exception {
        assertThat(page("admin", "ja").select("a.sheet-import-link")).hasSize(1);
        assertThat(page("viewer", "ja").select("a.sheet-import-link")).isEmpty();
        assertThat(page("admin", "ja").select("a.sheet-import-link")).hasSize(1);
    }

    @Test
    void keepsEachLanguageApart() throws Exception {
        assertThat(page("viewer", "ja").select("section#target-table h1").text()).contains("目標管理表");
        assertThat(page("viewer", "en").select("section#target-table h1").text()).doesNotContain("目標管理表");
        assertThat(page("viewer", "ja").select("section#target-table h1").text()).contains("目標管理表");
    }

    @Test
    void servesTheKeptTableToHtmxAlone() throws Exception {
        page("viewer", "ja");
        Document fragment = Html.parse(mvc.perform(get("/target-table").param("fy", "2022").header("HX-Request", "true")
                .with(new DemoUsers(users).as("viewer"))).andExpect(status().isOk()).andReturn());
        assertThat(fragment.select("section#target-table table.target-table tbody tr")).isNotEmpty();
        assertThat(fragment.select("form.toolbar")).isEmpty();
    }

    private void change(long id, BigDecimal target) {
        ItemYearDetail item = seed.detail(id);
        planService.changeItemYear(admin, id, item.version(), new ItemYearChange(target, item.actual(),
                item.districtActuals(), item.note(), item.roles()));
    }

    private static StaffDetails details(StaffMember member, String name) {
        return new StaffDetails(name, member.kind(), member.startDate(), member.endDate());
    }

    private Document page(String username, String language) throws Exception {
        return Html.parse(mvc.perform(get("/target-table").param("fy", "2022").param("lang", language)
                .with(new DemoUsers(users).as(username))).andExpect(status().isOk()).andReturn());
    }

    private Document dashboard() throws Exception {
        return Html.parse(mvc.perform(get("/dashboard").param("fy", "2022").param("asOf", "2022-09-30")
                .with(new DemoUsers(users).as("viewer"))).andExpect(status().isOk()).andReturn());
    }

    private static String dashboardTarget(Document page, long itemYearId) {
        return page.select("tr.pace-row:has(a[href=/items/" + itemYearId + "]) td.num").first().text();
    }

    private static String targetCell(Document page, long itemYearId) {
        return page.select("tr#item-" + itemYearId + " td.target").text();
    }
}
