package jp.bansou.rollover.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.DemoUsers;
import jp.bansou.support.Html;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

/** /admin/rollover: an admin previews and confirms the rollover of 令和4年度; nobody else may. */
@BansouSpringTest
@Transactional
class RolloverPageTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    private DemoUsers demo;

    @BeforeEach
    void setUp() {
        demo = new DemoUsers(users);
    }

    @Test
    void previewsNextYearsItemsWithTheirTargetsAndSources() throws Exception {
        Document page = Html.parse(mvc.perform(get("/admin/rollover").param("fy", "2022").with(demo.as("admin")))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.select(".rollover-preview h2").text()).contains("令和4年度", "令和5年度");
        Element filing = page.select(".rollover-item").stream()
                .filter(r -> r.text().contains("確定申告指導件数")).findFirst().orElseThrow();
        assertThat(filing.select(".next-target").text()).isEqualTo("300件");
        assertThat(filing.select(".target-source").attr("data-source")).isEqualTo("FIVE_YEAR_PLAN");
        assertThat(page.select(".target-source[data-source=DERIVED]")).isNotEmpty();
        assertThat(page.select(".target-source[data-source=CARRIED_OVER]").first().text()).isEqualTo("今年度から引継ぎ（要確認）");
        assertThat(page.select("form.rollover-confirm button").text()).isEqualTo("令和5年度を作成する");
    }

    @Test
    void createsNextYearOnConfirmationAndLinksToItsTable() throws Exception {
        MvcResult done = mvc.perform(post("/admin/rollover").with(csrf()).with(demo.as("admin")).param("fy", "2022"))
                .andExpect(redirectedUrl("/admin/rollover?fy=2022")).andReturn();
        Document page = Html.parse(mvc.perform(get("/admin/rollover").param("fy", "2022")
                .flashAttrs(done.getFlashMap()).with(demo.as("admin"))).andReturn());

        assertThat(page.select(".rollover-result").text()).contains("令和4年度から令和5年度を作成しました");
        assertThat(page.select(".rollover-result a.next-table").attr("href")).isEqualTo("/target-table?fy=2023");

        Document table = Html.parse(mvc.perform(get("/target-table").param("fy", "2023").with(demo.as("viewer")))
                .andExpect(status().isOk()).andReturn());
        assertThat(table.select("thead th").eachText()).contains("前年度実績");
        assertThat(table.select("td.previous-actual").eachText()).anyMatch(t -> !t.isEmpty());

        Document again = Html.parse(mvc.perform(get("/admin/rollover").param("fy", "2022").with(demo.as("admin")))
                .andReturn());
        assertThat(again.select(".refused").text()).contains("令和5年度の目標管理表はすでにあるため");
        assertThat(again.select("form.rollover-confirm")).isEmpty();
    }

    @Test
    void tellsWhyASecondRolloverIsRefused() throws Exception {
        mvc.perform(post("/admin/rollover").with(csrf()).with(demo.as("admin")).param("fy", "2022"));
        MvcResult refused = mvc.perform(post("/admin/rollover").with(csrf()).with(demo.as("admin")).param("fy", "2022"))
                .andReturn();

        assertThat(refused.getFlashMap().get("problem").toString()).contains("令和5年度の目標管理表はすでにあります");
    }

    @Test
    void showsThePreviousYearsActualOnTheItemPage() throws Exception {
        Document table = Html.parse(mvc.perform(get("/target-table").param("fy", "2022").with(demo.as("viewer")))
                .andReturn());
        Element row = table.select("tr[id^=item-]").stream()
                .filter(r -> !r.select("td.previous-actual").text().isEmpty()).findFirst().orElseThrow();
        String previous = row.select("td.previous-actual").text();

        Document item = Html.parse(mvc.perform(get("/items/" + row.id().substring("item-".length()))
                .with(demo.as("viewer"))).andExpect(status().isOk()).andReturn());
        assertThat(item.select(".previous-actual").text()).startsWith("前年度実績 " + previous);
    }

    @Test
    void refusesStaffReviewersAndViewers() throws Exception {
        for (String user : new String[] {"kawamoto", "viewer", "sasaki"}) {
            mvc.perform(get("/admin/rollover").with(demo.as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/rollover").with(csrf()).with(demo.as(user)).param("fy", "2022"))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void isLinkedFromThePeriodsPage() throws Exception {
        Document periods = Html.parse(mvc.perform(get("/admin/periods").with(demo.as("admin"))).andReturn());
        assertThat(periods.select("a[href=/admin/rollover]")).isNotEmpty();
    }
}
