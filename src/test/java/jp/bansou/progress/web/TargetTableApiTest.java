package jp.bansou.progress.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.bansou.support.BansouSpringTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The JSON API: HTTP Basic, errors as JSON, any role may read. */
@BansouSpringTest
class TargetTableApiTest {

    private static final String API = "/api/v1/target-table";

    @Autowired MockMvc mvc;

    @Test
    void challengesCallsWithoutCredentialsWithJson401() throws Exception {
        expectJson401(mvc.perform(get(API).param("fy", "2021")))
                .andExpect(header().string("WWW-Authenticate", Matchers.startsWith("Basic ")));
    }

    @Test
    void refusesAWrongPasswordWithJson401() throws Exception {
        expectJson401(mvc.perform(get(API).with(httpBasic("viewer", "wrong"))));
    }

    @Test
    void servesTheTableToAViewer() throws Exception {
        mvc.perform(get(API).param("fy", "2021").with(httpBasic("viewer", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.fiscalYear").value(2021))
                .andExpect(jsonPath("$.items.length()").value(63));
    }

    @Test
    void givesEachItemItsAchievementRateAndProposedGradeBesideTheDecidedOne() throws Exception {
        mvc.perform(get(API).param("fy", "2021").with(httpBasic("viewer", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.name == '財務分析数')].achievementRate").value(113.9))
                .andExpect(jsonPath("$.items[?(@.name == '財務分析数')].proposedGrade").value("A"))
                .andExpect(jsonPath("$.items[?(@.name == '記帳継続企業数')].proposedGrade").value("A"))
                .andExpect(jsonPath("$.items[?(@.name == '記帳継続企業数')].grade").value("B"))
                .andExpect(jsonPath("$.items[?(@.name == '金融相談企業数')].achievementRate").value(80.0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1800"})
    void refusesAYearThatCannotBe(String fy) throws Exception {
        mvc.perform(get(API).param("fy", fy).with(httpBasic("viewer", "demo")))
                .andExpect(status().isBadRequest());
    }

    private static ResultActions expectJson401(ResultActions result) throws Exception {
        return result.andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.error").value("unauthorized"));
    }
}
