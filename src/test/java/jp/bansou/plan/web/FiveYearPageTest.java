package jp.bansou.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.DemoUsers;
import jp.bansou.support.Html;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@BansouSpringTest
class FiveYearPageTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @Test
    void showsProgressOfEveryFiveYearTargetUpToTheNewestYear() throws Exception {
        var page = Html.parse(mvc.perform(get("/five-year").with(new DemoUsers(users).as("viewer")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select("table.five-year td.progress").eachText())
                .containsExactly("98%", "173%", "313%", "210%", "123%", "111%");
    }
}
