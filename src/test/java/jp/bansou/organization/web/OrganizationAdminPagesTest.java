package jp.bansou.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.UserRole;
import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.DemoUsers;
import jp.bansou.support.Html;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The administration pages as an admin uses them, and what an admin of another association gets: 404. */
@BansouSpringTest
@Transactional
class OrganizationAdminPagesTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired OrganizationQueries organization;
    @Autowired JdbcClient jdbc;

    @Test
    void aDeactivatedUserCannotLogInAndKeepsTheirHistory() throws Exception {
        long kawamoto = id("kawamoto");
        jdbc.sql("""
                INSERT INTO audit_entry (association_id, changed_at, user_id, user_name, entity_type, action)
                VALUES (?, CURRENT_TIMESTAMP, ?, '河本', 'ITEM_YEAR', 'UPDATE')""")
                .params(admin().associationId(), kawamoto).update();
        Document confirm = Html.parse(mvc.perform(get("/admin/users/{id}/deactivate", kawamoto).with(asAdmin()))
                .andExpect(status().isOk()).andReturn());
        assertThat(confirm.select("ul.kept li").eachText()).contains("変更履歴 1件");

        mvc.perform(post("/admin/users/{id}/deactivate", kawamoto).with(asAdmin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + kawamoto));
        mvc.perform(formLogin().user("kawamoto").password("demo")).andExpect(unauthenticated());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE user_id = ?").param(kawamoto).query(Long.class)
                .single()).isEqualTo(1);
        Document list = Html.parse(mvc.perform(get("/admin/users").param("q", "kawamoto").with(asAdmin()))
                .andExpect(status().isOk()).andReturn());
        assertThat(list.select("tr.user-row").eachText()).singleElement().asString().contains("無効");

        mvc.perform(post("/admin/users/{id}/reactivate", kawamoto).with(asAdmin()).with(csrf()));
        mvc.perform(formLogin().user("kawamoto").password("demo")).andExpect(authenticated());
    }

    @Test
    void refusesAWeakPasswordOnItsFieldAndCreatesNothing() throws Exception {
        Document page = Html.parse(mvc.perform(post("/admin/users").with(asAdmin()).with(csrf())
                        .param("username", "tanaka").param("displayName", "田中").param("role", "STAFF")
                        .param("password", "tanaka").param("passwordAgain", "tanaka"))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select(".field-error").eachText()).contains("パスワードは10文字以上にしてください");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = 'tanaka'").query(Long.class).single()).isZero();

        mvc.perform(post("/admin/users").with(asAdmin()).with(csrf())
                        .param("username", "tanaka").param("displayName", "田中").param("role", "STAFF")
                        .param("password", "kure-harbour-2025").param("passwordAgain", "kure-harbour-2025"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(formLogin().user("tanaka").password("kure-harbour-2025")).andExpect(authenticated());
    }

    @Test
    void resetsAPasswordTheUserThenLogsInWith() throws Exception {
        long viewer = id("viewer");
        mvc.perform(post("/admin/users/{id}/password", viewer).with(asAdmin()).with(csrf())
                        .param("password", "new-viewer-pass").param("passwordAgain", "new-viewer-pass"))
                .andExpect(status().isOk());
        mvc.perform(formLogin().user("viewer").password("new-viewer-pass")).andExpect(authenticated());
    }

    @Test
    void listsEveryAdminPageOnTheIndex() throws Exception {
        Document index = Html.parse(mvc.perform(get("/admin").with(asAdmin())).andExpect(status().isOk()).andReturn());
        assertThat(index.select(".admin-index a").eachAttr("href")).contains("/admin/users", "/admin/staff",
                "/admin/groups", "/admin/districts", "/admin/rules", "/admin/grading-scale", "/admin/periods",
                "/admin/data-checks", "/admin/audit", "/admin/publication", "/admin/activity-kinds",
                "/admin/support-categories", "/admin/budget-categories", "/admin/pace-thresholds",
                "/admin/check-in-settings");
        for (String page : new String[] {"/admin/users", "/admin/staff", "/admin/groups", "/admin/districts",
                "/admin/users/new", "/admin/staff/new"}) {
            mvc.perform(get(page).with(asAdmin())).andExpect(status().isOk());
        }
    }

    @Test
    void searchesSortsAndPagesTheUserList() throws Exception {
        Document sorted = Html.parse(mvc.perform(get("/admin/users").param("sort", "username").param("desc", "true")
                .with(asAdmin())).andExpect(status().isOk()).andReturn());
        assertThat(sorted.select("tr.user-row td:first-child").eachText()).containsExactly("viewer", "sasaki",
                "kawamoto", "admin");
        assertThat(sorted.select("th a").first().attr("href")).isEqualTo("/admin/users?sort=username");
        Document searched = Html.parse(mvc.perform(get("/admin/users").param("q", "佐々木").with(asAdmin()))
                .andExpect(status().isOk()).andReturn());
        assertThat(searched.select("tr.user-row td:first-child").eachText()).containsExactly("sasaki");
        Document beyond = Html.parse(mvc.perform(get("/admin/users").param("page", "3").with(asAdmin()))
                .andExpect(status().isOk()).andReturn());
        assertThat(beyond.select("tr.user-row")).isEmpty();
    }

    @Test
    void anAdminOfAnotherAssociationFindsNoneOfThisOnesIds() throws Exception {
        jdbc.sql("INSERT INTO association (code, name) VALUES ('other', '他商工会')").update();
        long other = jdbc.sql("SELECT id FROM association WHERE code = 'other'").query(Long.class).single();
        BansouUser stranger = new BansouUser(-1, other, "stranger", "", "他", UserRole.ADMIN, null, true);
        long association = admin().associationId();
        long user = id("kawamoto");
        long staff = organization.staffMembers(association).get(0).id();
        long group = organization.groups(association).get(0).id();
        long district = organization.districts(association).get(1).id();
        for (String path : new String[] {"/admin/users/" + user, "/admin/users/" + user + "/deactivate",
                "/admin/staff/" + staff, "/admin/groups/" + group, "/admin/districts/" + district + "/retire"}) {
            mvc.perform(get(path).with(user(stranger))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/admin/users/{id}/deactivate", user).with(user(stranger)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/districts/{id}/retire", district).with(user(stranger)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(users.loadUserByUsername("kawamoto").isEnabled()).isTrue();
    }

    private BansouUser admin() {
        return (BansouUser) users.loadUserByUsername("admin");
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor asAdmin() {
        return new DemoUsers(users).as("admin");
    }

    private long id(String username) {
        return ((BansouUser) users.loadUserByUsername(username)).id();
    }
}
