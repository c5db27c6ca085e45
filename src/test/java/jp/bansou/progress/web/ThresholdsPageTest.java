package jp.bansou.progress.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.bansou.organization.OrganizationQueries;
import jp.bansou.progress.PaceQueries;
import jp.bansou.progress.PaceThresholds;
import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.DemoUsers;
import jp.bansou.support.Html;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** {@code /admin/pace-thresholds}: admins set when an item is on track, needs attention or is behind. */
@BansouSpringTest
@Transactional
class ThresholdsPageTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired OrganizationQueries organization;
    @Autowired PaceQueries pace;

    private DemoUsers demo;

    @BeforeEach
    void setUp() {
        demo = new DemoUsers(users);
    }

    @Test
    void showsTheDefaultsAndSavesNewThresholds() throws Exception {
        Document page = Html.parse(mvc.perform(get("/admin/pace-thresholds").with(demo.as("admin")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select("input#onTrack").val()).isEqualTo("100");
        assertThat(page.select("input#attention").val()).isEqualTo("80");
        mvc.perform(save("95", "60").with(demo.as("admin"))).andExpect(redirectedUrl("/admin/pace-thresholds"));
        assertThat(pace.thresholds(association())).isEqualTo(new PaceThresholds(
                new java.math.BigDecimal("95"), new java.math.BigDecimal("60")));
        Document dashboard = Html.parse(mvc.perform(get("/dashboard").param("fy", "2022").with(demo.as("admin")))
                .andReturn());
        assertThat(dashboard.select("p.hint").text()).contains("95%以上で順調、60%以上で要注意");
        assertThat(dashboard.select("a[href=/admin/pace-thresholds]")).hasSize(1);
    }

    @Test
    void refusesThresholdsOutOfOrderOrNotNumbersNamingTheField() throws Exception {
        Document wrongOrder = Html.parse(mvc.perform(save("80", "90").with(demo.as("admin")))
                .andExpect(status().isOk()).andReturn());
        assertThat(wrongOrder.select(".flash.error").text()).contains("要注意の基準は順調の基準以下にしてください");
        Document notANumber = Html.parse(mvc.perform(save("abc", "").with(demo.as("admin")))
                .andExpect(status().isOk()).andReturn());
        assertThat(notANumber.select(".field-error").eachText())
                .containsExactly("順調の基準（%）は数値で入力してください", "要注意の基準（%）を入力してください");
        assertThat(pace.thresholds(association())).isEqualTo(PaceThresholds.defaults());
    }

    @Test
    void isForAdminsOnly() throws Exception {
        mvc.perform(get("/admin/pace-thresholds").with(demo.as("sasaki"))).andExpect(status().isForbidden());
        mvc.perform(save("90", "50").with(demo.as("kawamoto"))).andExpect(status().isForbidden());
        assertThat(pace.thresholds(association())).isEqualTo(PaceThresholds.defaults());
    }

    private long association() {
        return organization.associationIdByCode("kure-koiki").orElseThrow();
    }

    private static MockHttpServletRequestBuilder save(String onTrack, String attention) {
        return post("/admin/pace-thresholds").param("onTrack", onTrack).param("attention", attention).with(csrf());
    }
}
