package jp.bansou.progress.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.bansou.organization.OrganizationQueries;
import jp.bansou.progress.CheckInQueries;
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

/** /admin/check-in-settings: the admin sets the days before an unconfirmed check-in alerts. */
@BansouSpringTest
@Transactional
class CheckInSettingsPageTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired CheckInQueries queries;
    @Autowired OrganizationQueries organization;

    private DemoUsers demo;
    private long association;

    @BeforeEach
    void setUp() {
        demo = new DemoUsers(users);
        association = organization.associationIdByCode("kure-koiki").orElseThrow();
    }

    @Test
    void showsSevenDaysAtFirstAndSavesAnother() throws Exception {
        Document page = Html.parse(mvc.perform(get("/admin/check-in-settings").with(demo.as("admin")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select("input#overdueDays").val()).isEqualTo("7");
        mvc.perform(save("3")).andExpect(redirectedUrl("/admin/check-in-settings"));
        assertThat(queries.settings(association).overdueDays()).isEqualTo(3);
    }

    @Test
    void refusesDaysOutsideOneToThreeSixtyFiveSayingWhich() throws Exception {
        for (String days : new String[] {"0", "366", "abc", ""}) {
            Document page = Html.parse(mvc.perform(save(days)).andExpect(status().isOk()).andReturn());
            assertThat(page.select(".field-error").text()).as(days).startsWith("確認待ちの通知までの日数は1〜365");
            assertThat(page.select("input#overdueDays").val()).isEqualTo(days);
        }
        assertThat(queries.settings(association).overdueDays()).isEqualTo(7);
    }

    @Test
    void isForAdminsOnly() throws Exception {
        mvc.perform(get("/admin/check-in-settings").with(demo.as("sasaki"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/check-in-settings").param("overdueDays", "3").with(csrf()).with(demo.as("kawamoto")))
                .andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder save(String days) {
        return post("/admin/check-in-settings").param("overdueDays", days).with(csrf()).with(demo.as("admin"));
    }
}
