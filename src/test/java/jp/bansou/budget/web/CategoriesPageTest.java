package jp.bansou.budget.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.DemoUsers;
import jp.bansou.support.Html;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** /admin/budget-categories: the admins' list of expense categories. */
@BansouSpringTest
@Transactional
class CategoriesPageTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    DemoUsers demo;

    @BeforeEach
    void setUp() {
        demo = new DemoUsers(users);
    }

    @Test
    void listsTheStartingCategoriesAndAddsOne() throws Exception {
        mvc.perform(post("/admin/budget-categories").param("name", "会議費").with(csrf()).with(demo.as("admin")))
                .andExpect(redirectedUrl("/admin/budget-categories"));

        Document page = Html.parse(mvc.perform(get("/admin/budget-categories").with(demo.as("admin")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select("tr.expense-category input[name=name]").eachAttr("value")).containsExactly("謝金", "旅費",
                "会場借料", "委託費", "広報費", "印刷製本費", "通信運搬費", "消耗品費", "資料購入費", "雑役務費", "会議費");
    }

    @Test
    void refusesABlankOrDuplicateName() throws Exception {
        mvc.perform(post("/admin/budget-categories").param("name", " ").with(csrf()).with(demo.as("admin")))
                .andExpect(flash().attribute("problem", "費目名を入力してください"));
        mvc.perform(post("/admin/budget-categories").param("name", "旅費").with(csrf()).with(demo.as("admin")))
                .andExpect(flash().attribute("problem", "費目「旅費」はすでにあります"));
    }

    @Test
    void isForAdminsOnly() throws Exception {
        mvc.perform(get("/admin/budget-categories").with(demo.as("sasaki"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/budget-categories").param("name", "x").with(csrf()).with(demo.as("kawamoto")))
                .andExpect(status().isForbidden());
    }
}
