package jp.bansou.activity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.bansou.activity.BusinessQueries;
import jp.bansou.activity.BusinessTrend;
import jp.bansou.activity.BusinessTrends;
import jp.bansou.activity.Trend;
import jp.bansou.audit.AuditFilter;
import jp.bansou.audit.AuditQueries;
import jp.bansou.audit.AuditType;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.shared.FiscalYear;
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

/** The business page: its trends per year, set by writers (not viewers), audited. */
@BansouSpringTest
@Transactional
class BusinessTrendPageTest {

    private static final FiscalYear FY2023 = FiscalYear.of(2023);

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired OrganizationQueries organization;
    @Autowired BusinessQueries businesses;
    @Autowired BusinessTrends trends;
    @Autowired AuditQueries audit;

    long association;
    long business;

    @BeforeEach
    void setUp() {
        association = organization.associationIdByCode("kure-koiki").orElseThrow();
        business = businesses.search(association, "事業所001", 0, 1).rows().get(0).id();
    }

    @Test
    void showsTheBusinessAndItsTrends() throws Exception {
        trends.set(association, business, new BusinessTrend(FY2023, Trend.FLAT, Trend.UP));
        Document page = Html.parse(mvc.perform(get("/businesses/" + business).with(as("viewer")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select("h1").text()).contains("事業所001");
        assertThat(page.select("tr[data-year=2023] td").eachText()).containsExactly("令和5年度", "横ばい", "増加");
        assertThat(page.select("form[action$=/trend]")).isEmpty();
    }

    @Test
    void staffSetATrendAndItIsAudited() throws Exception {
        mvc.perform(post("/businesses/" + business + "/trend").with(csrf()).with(as("kawamoto"))
                        .param("fy", "2023").param("sales", "DOWN").param("grossProfit", "FLAT"))
                .andExpect(redirectedUrl("/businesses/" + business + "?fy=2023"));
        assertThat(trends.trend(association, business, FY2023))
                .isEqualTo(new BusinessTrend(FY2023, Trend.DOWN, Trend.FLAT));
        assertThat(audit.search(association, new AuditFilter(null, null, null, AuditType.BUSINESS, "令和5年度", null),
                0, 10).rows()).singleElement().satisfies(r -> {
                    assertThat(r.before()).isEqualTo("令和5年度売上高: 不明; 令和5年度粗利益: 不明");
                    assertThat(r.after()).isEqualTo("令和5年度売上高: 減少; 令和5年度粗利益: 横ばい");
                });
    }

    @Test
    void viewersMayNotSetATrend() throws Exception {
        mvc.perform(post("/businesses/" + business + "/trend").with(csrf()).with(as("viewer"))
                .param("fy", "2023").param("sales", "UP").param("grossProfit", "UP")).andExpect(status().isForbidden());
        assertThat(trends.trend(association, business, FY2023)).isEqualTo(BusinessTrend.unknown(FY2023));
    }

    @Test
    void answersNotFoundForABusinessOfNoOnesAndBadRequestForAnUnknownTrend() throws Exception {
        mvc.perform(get("/businesses/999999").with(as("viewer"))).andExpect(status().isNotFound());
        mvc.perform(post("/businesses/999999/trend").with(csrf()).with(as("kawamoto"))
                .param("fy", "2023").param("sales", "UP").param("grossProfit", "UP")).andExpect(status().isNotFound());
        mvc.perform(post("/businesses/" + business + "/trend").with(csrf()).with(as("kawamoto"))
                .param("fy", "2023").param("sales", "SIDEWAYS").param("grossProfit", "UP"))
                .andExpect(status().isBadRequest());
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String user) {
        return new DemoUsers(users).as(user);
    }
}
