package jp.bansou.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.ItemYearDetail;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.TargetRow;
import jp.bansou.shared.FiscalYear;
import jp.bansou.support.BansouSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

@BansouSpringTest
@Transactional
class ItemYearApiTest {

    @Autowired MockMvc mvc;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;

    private long association() {
        return organization.associationIdByCode("kure-koiki").orElseThrow();
    }

    private TargetRow row(String name) {
        return plan.targetTable(association(), FiscalYear.of(2021)).areas().stream()
                .flatMap(a -> a.rows().stream()).filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private ResultActions putAs(String user, long id, String json) throws Exception {
        return mvc.perform(put("/api/v1/item-years/{id}", id).with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static String body(int version, String actual, String lead) {
        return """
                {"version": %d, "target": 108, "actual": %s, "districts": {"音戸": 2, "本所": 45},
                 "note": "API", "reviewer": "歴数", "lead": %s, "deputies": ["藤本"]}"""
                .formatted(version, actual, lead);
    }

    @Test
    void returnsOneItemYearWithItsVersion() throws Exception {
        TargetRow finance = row("財務分析数");
        mvc.perform(get("/api/v1/item-years/{id}", finance.itemYearId()).with(httpBasic("viewer", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("財務分析数"))
                .andExpect(jsonPath("$.districts.倉橋").value(20))
                .andExpect(jsonPath("$.lead").value("各指導員"))
                .andExpect(jsonPath("$.version").value(finance.version()));
    }

    @Test
    void savesAChangeFromALeadThroughTheirGroup() throws Exception {
        TargetRow finance = row("財務分析数");
        putAs("kawamoto", finance.itemYearId(), body(finance.version(), "125", "\"各指導員\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.item.actual").value(125))
                .andExpect(jsonPath("$.warnings[0]").value("地区別実績の合計が実績と一致しません"));
        ItemYearDetail saved = plan.itemYear(association(), finance.itemYearId()).orElseThrow();
        assertThat(saved.actual()).isEqualByComparingTo("125");
        assertThat(saved.districtActuals()).hasSize(2);
        assertThat(saved.note()).isEqualTo("API");
        assertThat(saved.version()).isEqualTo(finance.version() + 1);
    }

    @Test
    void refusesAStaleVersionWithConflict() throws Exception {
        TargetRow finance = row("財務分析数");
        putAs("sasaki", finance.itemYearId(), body(finance.version(), "124", "\"各指導員\"")).andExpect(status().isOk());
        putAs("admin", finance.itemYearId(), body(finance.version(), "999", "\"各指導員\""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0]").exists());
        assertThat(plan.itemYear(association(), finance.itemYearId()).orElseThrow().actual())
                .isEqualByComparingTo("124");
    }

    @Test
    void answersForbiddenAsJsonToStaffWhoAreNotOnTheItem() throws Exception {
        TargetRow survey = row("景況調査(県連)実施回数");
        putAs("kawamoto", survey.itemYearId(), body(survey.version(), "5", "\"藤本\""))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("forbidden"));
        assertThat(plan.itemYear(association(), survey.itemYearId()).orElseThrow().actual())
                .isEqualByComparingTo("4");
    }

    @Test
    void answersForbiddenToViewers() throws Exception {
        TargetRow finance = row("財務分析数");
        putAs("viewer", finance.itemYearId(), body(finance.version(), "1", "\"各指導員\""))
                .andExpect(status().isForbidden());
    }

    @Test
    void listsEveryProblemOfBadInputAndStoresNothing() throws Exception {
        TargetRow finance = row("財務分析数");
        String json = """
                {"version": %d, "actual": -3, "districts": {"火星": 1}, "reviewer": "", "lead": "誰か"}"""
                .formatted(finance.version());
        putAs("sasaki", finance.itemYearId(), json)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[0]").value("地区「火星」は登録されていません"));
        assertThat(plan.itemYear(association(), finance.itemYearId()).orElseThrow().actual())
                .isEqualByComparingTo("123");
    }

    @Test
    void refusesNegativeActualWithAJapaneseReason() throws Exception {
        TargetRow finance = row("財務分析数");
        putAs("sasaki", finance.itemYearId(), body(finance.version(), "-1", "\"各指導員\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0]").value("実績は0以上で入力してください"));
    }

    @Test
    void acceptsTheGradeAsReadButRefusesToChangeIt() throws Exception {
        TargetRow finance = row("財務分析数");
        String withGrade = body(finance.version(), "125", "\"各指導員\"").replace("\"note\"", "\"grade\": \"%s\", \"note\"");
        putAs("sasaki", finance.itemYearId(), withGrade.formatted("C"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0]").value("達成状況は確認者が判定します（項目ページの「達成状況の判定」）"));
        putAs("sasaki", finance.itemYearId(), withGrade.formatted("A")).andExpect(status().isOk());
        assertThat(plan.itemYear(association(), finance.itemYearId()).orElseThrow().grade()).isEqualTo("A");
    }

    @Test
    void answersNotFoundForAnUnknownId() throws Exception {
        mvc.perform(get("/api/v1/item-years/{id}", 987654).with(httpBasic("viewer", "demo")))
                .andExpect(status().isNotFound());
        putAs("admin", 987654, body(0, "1", "\"各指導員\"")).andExpect(status().isNotFound());
    }
}
