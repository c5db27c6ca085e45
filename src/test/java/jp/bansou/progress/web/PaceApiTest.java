package jp.bansou.progress.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.PlanQueries;
import jp.bansou.progress.PaceService;
import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.SeedItems;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** {@code GET /api/v1/pace}: the dashboard's figures as JSON, behind HTTP Basic. */
@BansouSpringTest
@Transactional
class PaceApiTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;
    @Autowired PaceService service;

    @Test
    void answersEveryItemWorstFirstWithTheHandSetStatusBesideTheComputedOne() throws Exception {
        SeedItems seed = new SeedItems(plan, organization);
        long id = seed.itemYearId("記帳継続企業数", SeedItems.FY2022);
        service.setStatus((BansouUser) users.loadUserByUsername("admin"), id, "ATTENTION", "下期の記帳指導が未定");
        int items = (int) plan.targetTable(seed.associationId(), SeedItems.FY2022).areas().stream()
                .mapToLong(a -> a.rows().size()).sum();
        mvc.perform(get("/api/v1/pace").param("fy", "2022").param("asOf", "2022-09-30")
                        .with(SecurityMockMvcRequestPostProcessors.httpBasic("viewer", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.label").value("令和4年度"))
                .andExpect(jsonPath("$.asOf").value(LocalDate.of(2022, 9, 30).toString()))
                .andExpect(jsonPath("$.items.length()").value(items))
                .andExpect(jsonPath("$.items[0].status").value("BEHIND"))
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")].expectedToDate").value(60))
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")].status").value("ATTENTION"))
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")].computedStatus").value("ON_TRACK"))
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")].override.comment").value("下期の記帳指導が未定"))
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")].spread").value("EVEN"))
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")].counted").value(true));
    }

    @Test
    void needsALogin() throws Exception {
        mvc.perform(get("/api/v1/pace")).andExpect(status().isUnauthorized());
    }
}
