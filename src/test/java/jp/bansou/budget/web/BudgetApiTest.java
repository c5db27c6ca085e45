package jp.bansou.budget.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.bansou.support.BansouSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The budget's read-only JSON, from the demo's 令和4年度 budget. */
@BansouSpringTest
class BudgetApiTest {

    @Autowired MockMvc mvc;

    @Test
    void givesTheBudgetTableInWholeYenWithRates() throws Exception {
        mvc.perform(get("/api/v1/budget").param("fy", "2022").with(httpBasic("viewer", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.label").value("令和4年度"))
                .andExpect(jsonPath("$.lines.length()").value(9))
                .andExpect(jsonPath("$.total.current").value(2_960_000))
                .andExpect(jsonPath("$.total.spent").value(1_236_880))
                .andExpect(jsonPath("$.total.remaining").value(1_723_120))
                .andExpect(jsonPath("$.total.executionRate").value(41.8))
                .andExpect(jsonPath("$.categories[0].name").value("謝金"));
    }

    @Test
    void givesTheLedgerWithReversalsAndTheTotal() throws Exception {
        mvc.perform(get("/api/v1/budget/ledger").param("fy", "2022").with(httpBasic("viewer", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries.length()").value(11))
                .andExpect(jsonPath("$.entries[?(@.reverses != null)].amount").value(-35_800))
                .andExpect(jsonPath("$.total").value(1_236_880));
    }

    @Test
    void refusesAnUnknownYearAndAnonymousCallers() throws Exception {
        mvc.perform(get("/api/v1/budget").param("fy", "1").with(httpBasic("viewer", "demo")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/budget").param("fy", "2022")).andExpect(status().isUnauthorized());
    }
}
