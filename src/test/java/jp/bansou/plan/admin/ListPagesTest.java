package jp.bansou.plan.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.DemoUsers;
import jp.bansou.support.Html;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists rules and imports use: search, sort and paging; destructive actions ask first, naming
 * what they affect; every change is audited. Lives beside the plan's admin tests as the same issue's part.
 */
@BansouSpringTest
@Transactional
class ListPagesTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    DemoUsers demo;

    @BeforeEach
    void setUp() {
        demo = new DemoUsers(users);
    }

    @Test
    void activityKindsAreSearchedSortedAndPaged() throws Exception {
        for (int i = 0; i < 25; i++) {
            mvc.perform(post("/admin/activity-kinds").param("name", "追加種類" + (char) ('A' + i)).with(csrf())
                    .with(demo.as("admin"))).andExpect(status().is3xxRedirection());
        }
        Document found = page("/admin/activity-kinds?q=巡回");
        assertThat(found.select("table.admin-list tbody td:first-child").eachText()).allMatch(n -> n.contains("巡回"))
                .isNotEmpty();
        Document sorted = page("/admin/activity-kinds?q=追加種類&sort=name-desc");
        assertThat(sorted.select("table.admin-list tbody td:first-child").eachText()).startsWith("追加種類Y", "追加種類X")
                .hasSize(20);
        assertThat(sorted.select("nav.pager a[rel=next]").attr("href")).contains("page=1").contains("sort=name-desc");
        Document second = page("/admin/activity-kinds?q=追加種類&sort=name-desc&page=1");
        assertThat(second.select("table.admin-list tbody td:first-child").eachText())
                .containsExactly("追加種類E", "追加種類D", "追加種類C", "追加種類B", "追加種類A");
    }

    @Test
    void supportCategoriesAndExpenseCategoriesAreSearched() throws Exception {
        assertThat(page("/admin/support-categories?q=分析").select("table.admin-list tbody td").eachText())
                .isNotEmpty().allMatch(n -> n.contains("分析"));
        assertThat(page("/admin/budget-categories?q=費&sort=name").select("tr.expense-category input[name=name]")
                .eachAttr("value")).isNotEmpty().allMatch(n -> n.contains("費"));
    }

    @Test
    void retiringAnExpenseCategoryAsksFirstNamingIt() throws Exception {
        Document list = page("/admin/budget-categories?q=旅費");
        String confirmHref = list.select("a.retire-link").attr("href");
        Document confirm = page(confirmHref);
        assertThat(confirm.select(".flash.warning").text()).contains("費目「旅費」を使用しないにします");
        long before = auditRows();
        mvc.perform(post(confirm.select("form.toolbar").attr("action")).param("active", "false").with(csrf())
                .with(demo.as("admin"))).andExpect(status().is3xxRedirection());
        assertThat(auditRows()).isEqualTo(before + 1);
    }

    @Test
    void removingAGradingStepAsksFirstNamingIt() throws Exception {
        Document scale = page("/admin/grading-scale");
        Document confirm = page(scale.select("a.remove-step").get(1).attr("href"));
        assertThat(confirm.select(".flash.warning").text()).contains("段階「B」");
        long before = auditRows();
        mvc.perform(post("/admin/grading-scale/steps/delete").param("code", "B").with(csrf()).with(demo.as("admin")))
                .andExpect(status().is3xxRedirection());
        assertThat(auditRows()).isEqualTo(before + 1);
    }

    @Test
    void everyListChangeIsAudited() throws Exception {
        for (var action : List.of(post("/admin/activity-kinds").param("name", "監査種類"),
                post("/admin/support-categories").param("name", "監査区分"),
                post("/admin/budget-categories").param("name", "監査費"))) {
            long before = auditRows();
            mvc.perform(action.with(csrf()).with(demo.as("admin"))).andExpect(status().is3xxRedirection());
            assertThat(auditRows()).isEqualTo(before + 1);
        }
    }

    @Test
    void theConfirmationPagesAreForAdminsOnly() throws Exception {
        for (String user : List.of("kawamoto", "viewer")) {
            mvc.perform(get("/admin/grading-scale/steps/delete?code=B").with(demo.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/budget-categories/1/retire").with(demo.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/activity-kinds").with(demo.as(user))).andExpect(status().isForbidden());
        }
    }

    private Document page(String url) throws Exception {
        return Html.parse(mvc.perform(get(url).with(demo.as("admin"))).andExpect(status().isOk()).andReturn());
    }

    private long auditRows() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single();
    }
}
