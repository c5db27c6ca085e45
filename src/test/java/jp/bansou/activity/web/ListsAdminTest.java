package jp.bansou.activity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import jp.bansou.activity.ActivityFixtures;
import jp.bansou.activity.ActivityKind;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.activity.SupportCategory;
import jp.bansou.support.BansouSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@BansouSpringTest
@Transactional
class ListsAdminTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired ApplicationContext context;
    @Autowired ActivityQueries queries;

    private Logins logins;
    private long association;

    @BeforeEach
    void setUp() {
        logins = new Logins(users);
        association = new ActivityFixtures(context).association();
    }

    private List<String> kindNames() {
        return queries.kinds(association).stream().map(ActivityKind::name).toList();
    }

    private List<String> categoryNames() {
        return queries.categories(association).stream().map(SupportCategory::name).toList();
    }

    @Test
    void adminAddsAnEventKindThatTheQuickEntryOffers() throws Exception {
        mvc.perform(post("/admin/activity-kinds").param("name", " 経営発達セミナー ").param("event", "true")
                        .with(csrf()).with(logins.as("admin")))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/activity-kinds"))
                .andExpect(flash().attribute("added", "経営発達セミナー"));
        assertThat(queries.kinds(association)).last()
                .satisfies(k -> assertThat(k.name()).isEqualTo("経営発達セミナー"))
                .satisfies(k -> assertThat(k.event()).isTrue());
        mvc.perform(get("/activities/new").with(logins.as("kawamoto")))
                .andExpect(content().string(containsString(">経営発達セミナー（イベント）</option>")));
    }

    @Test
    void adminAddsASupportCategory() throws Exception {
        mvc.perform(post("/admin/support-categories").param("name", "DX推進").with(csrf()).with(logins.as("admin")))
                .andExpect(status().isFound());
        assertThat(categoryNames()).endsWith("DX推進");
        mvc.perform(get("/admin/support-categories").with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("DX推進")))
                .andExpect(content().string(containsString("働き方改革")));
    }

    @Test
    void refusesATakenOrBlankNameInJapanese() throws Exception {
        List<String> kinds = kindNames();
        mvc.perform(post("/admin/activity-kinds").param("name", "巡回相談").with(csrf()).with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("「巡回相談」は既に登録されています")));
        mvc.perform(post("/admin/activity-kinds").param("name", "  ").with(csrf()).with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("名称を入力してください")));
        mvc.perform(post("/admin/support-categories").param("name", "財務分析").with(csrf()).with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("「財務分析」は既に登録されています")));
        assertThat(kindNames()).isEqualTo(kinds);
    }

    @Test
    void forbidsEveryoneButAdmins() throws Exception {
        List<String> kinds = kindNames();
        List<String> categories = categoryNames();
        for (String user : List.of("sasaki", "kawamoto", "viewer")) {
            for (String path : List.of("/admin/activity-kinds", "/admin/support-categories")) {
                mvc.perform(get(path).with(logins.as(user))).andExpect(status().isForbidden());
                mvc.perform(post(path).param("name", "勝手な追加").with(csrf()).with(logins.as(user)))
                        .andExpect(status().isForbidden());
            }
        }
        assertThat(kindNames()).isEqualTo(kinds);
        assertThat(categoryNames()).isEqualTo(categories);
    }
}
