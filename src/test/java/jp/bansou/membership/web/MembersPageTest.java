package jp.bansou.membership.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.DemoUsers;
import jp.bansou.support.Html;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The members page: the newest year beside the one before, with shares and the organisation rate. */
@BansouSpringTest
class MembersPageTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @Test
    void showsTotalsOfBothYearsAndTheirDifference() throws Exception {
        Document page = page();
        assertThat(page.select("tr.current td.total").text()).isEqualTo("1,146");
        assertThat(page.select("tr.previous td.total").text()).isEqualTo("1,164");
        assertThat(page.select("tr.difference td.total").text()).isEqualTo("-18");
    }

    @Test
    void showsEachDistrictsShareOfTheMembers() throws Exception {
        assertThat(page().select("tr.share td:not(.total)").eachText())
                .containsExactly("16.2%", "19.4%", "17.0%", "22.4%", "20.3%", "4.6%");
    }

    @Test
    void showsTheOrganisationRateWithTheBusinessCounts() throws Exception {
        Document page = page();
        assertThat(page.select(".organisation-rate").text()).isEqualTo("60.3%");
        assertThat(page.select(".business-counts dd").eachText()).contains("1,899", "1,707");
    }

    private Document page() throws Exception {
        return Html.parse(mvc.perform(get("/members").with(new DemoUsers(users).as("viewer")))
                .andExpect(status().isOk()).andReturn());
    }
}
