package jp.bansou.datacheck.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.bansou.datacheck.DataChecks;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.PlanQueries;
import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.SeedItems;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** {@code GET /api/v1/data-checks}: admins only, every check with its count and lines in Japanese. */
@BansouSpringTest
@Transactional
class DataChecksApiTest {

    private static final String API = "/api/v1/data-checks";

    @Autowired MockMvc mvc;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;
    @Autowired JdbcClient jdbc;
    @Autowired DataChecks checks;

    @Test
    void givesAnAdminEveryCheckWithItsLines() throws Exception {
        long finance = new SeedItems(plan, organization).itemYearId("財務分析数", SeedItems.FY2022);
        jdbc.sql("DELETE FROM item_year_role WHERE item_year_id = ?").param(finance).update();
        String line = "$.checks[?(@.check == 'roles')].findings[?(@.link == '/items/" + finance + "')]";
        mvc.perform(get(API).param("fy", "2022").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.fiscalYear").value(2022))
                .andExpect(jsonPath("$.label").value("令和4年度"))
                .andExpect(jsonPath("$.today").value(checks.today().toString()))
                .andExpect(jsonPath("$.checks[*].check").value(Matchers.contains(checks.codes().toArray())))
                .andExpect(jsonPath("$.checks[0].title").value("確認者・主担当の未設定"))
                .andExpect(jsonPath("$.checks[0].count").value(Matchers.greaterThanOrEqualTo(1)))
                .andExpect(jsonPath(line + ".subject").value("財務分析数"))
                .andExpect(jsonPath(line + ".problem").value("確認者と主担当が設定されていません"));
    }

    @Test
    void addsTheCountsUpToTheTotal() throws Exception {
        long total = checks.run(new SeedItems(plan, organization).associationId(), SeedItems.FY2022).total();
        mvc.perform(get(API).param("fy", "2022").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(total));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sasaki", "kawamoto", "viewer"})
    void refusesEveryoneButAdminsWithJson403(String user) throws Exception {
        mvc.perform(get(API).with(httpBasic(user, "demo")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("forbidden"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1800"})
    void refusesAYearThatCannotBe(String fy) throws Exception {
        mvc.perform(get(API).param("fy", fy).with(httpBasic("admin", "demo"))).andExpect(status().isBadRequest());
    }

    @Test
    void asksCallersWithoutCredentialsToLogIn() throws Exception {
        mvc.perform(get(API)).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.status").value(401));
    }
}
