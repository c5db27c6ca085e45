package jp.bansou.activity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.bansou.activity.ActivityFilter;
import jp.bansou.activity.ActivityFixtures;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.activity.ActivityRow;
import jp.bansou.activity.BusinessQueries;
import jp.bansou.activity.BusinessRow;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.TargetRow;
import jp.bansou.shared.FiscalYear;
import jp.bansou.support.BansouSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

@BansouSpringTest
@Transactional
class QuickEntryTest {

    private static final FiscalYear FY2022 = FiscalYear.of(2022);

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired ApplicationContext context;
    @Autowired ActivityQueries queries;
    @Autowired BusinessQueries businesses;
    @Autowired PlanQueries plan;

    private Logins logins;
    private ActivityFixtures fixtures;
    private final MockHttpSession session = new MockHttpSession();

    @BeforeEach
    void setUp() {
        logins = new Logins(users);
        fixtures = new ActivityFixtures(context);
    }

    /**
     * A 巡回相談 about sample business 001 by 河本 and 藤本, with a note to find it by; {@code changes}
     * replace fields (name, value, name, value …; an empty value clears the field).
     */
    private MockHttpServletRequestBuilder visit(String note, String... changes) {
        Map<String, String[]> fields = new LinkedHashMap<>();
        fields.put("date", new String[] {"2022-06-15"});
        fields.put("kindId", new String[] {String.valueOf(fixtures.kind("巡回相談").id())});
        fields.put("business", new String[] {"（サンプル）事業所001"});
        fields.put("staffIds", new String[] {String.valueOf(fixtures.staff("河本")),
                String.valueOf(fixtures.staff("藤本"))});
        fields.put("categoryIds", new String[] {String.valueOf(fixtures.category("財務分析"))});
        fields.put("minutes", new String[] {"45"});
        fields.put("note", new String[] {note});
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], new String[] {changes[i + 1]});
        }
        MockHttpServletRequestBuilder request = post("/activities/new").with(csrf()).session(session);
        fields.forEach(request::param);
        return request;
    }

    private ResultActions postAs(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(logins.as(user)));
    }

    private List<ActivityRow> withNote(String note) {
        return queries.list(fixtures.association(), new ActivityFilter(null, null, null, null, null, null, note), 0, 10)
                .rows();
    }

    private ActivityForm form(ResultActions result) {
        return (ActivityForm) result.andReturn().getModelAndView().getModel().get("form");
    }

    private BigDecimal visitsActual() {
        return plan.targetTable(fixtures.association(), FY2022).areas().stream().flatMap(a -> a.rows().stream())
                .filter(r -> r.name().equals("巡回相談件数")).map(TargetRow::actual).findFirst().orElseThrow();
    }

    @Test
    void startsAtTodayWithTheUsersOwnStaffMemberAndTheCursorOnTheDate() throws Exception {
        ResultActions page = mvc.perform(get("/activities/new").session(session).with(logins.as("kawamoto")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("autofocus")));
        assertThat(form(page).getDate()).isEqualTo(LocalDate.now());
        assertThat(form(page).getStaffIds()).containsExactly(fixtures.staff("河本"));
    }

    @Test
    void savesTheRecordAndComesBackEmptyWithTheDateAndStaffRemembered() throws Exception {
        postAs("kawamoto", visit("即時登録テスト"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/activities/new"))
                .andExpect(flash().attribute("saved", true));
        List<ActivityRow> saved = withNote("即時登録テスト");
        assertThat(saved).singleElement().satisfies(r -> {
            assertThat(r.date()).isEqualTo(LocalDate.of(2022, 6, 15));
            assertThat(r.kind()).isEqualTo("巡回相談");
            assertThat(r.business()).isEqualTo("（サンプル）事業所001");
            assertThat(r.staff()).isEqualTo("河本、藤本");
            assertThat(r.categories()).isEqualTo("財務分析");
            assertThat(r.minutes()).isEqualTo(45);
        });
        ResultActions next = mvc.perform(get("/activities/new").session(session).flashAttr("saved", true)
                        .with(logins.as("kawamoto")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("登録しました")));
        assertThat(form(next).getDate()).isEqualTo(LocalDate.of(2022, 6, 15));
        assertThat(form(next).getStaffIds()).containsExactlyInAnyOrder(fixtures.staff("河本"), fixtures.staff("藤本"));
        assertThat(form(next).getBusiness()).isNull();
        assertThat(form(next).getNote()).isNull();
    }

    @Test
    void countsANewVisitInTheFy2022ActualAtOnce() throws Exception {
        BigDecimal before = visitsActual();
        postAs("sasaki", visit("実績テスト")).andExpect(status().isFound());
        assertThat(visitsActual()).isEqualByComparingTo(before.add(BigDecimal.ONE));
    }

    @Test
    void showsJapaneseErrorsNextToTheFieldsAndStoresNothing() throws Exception {
        postAs("kawamoto", post("/activities/new").with(csrf()).param("minutes", "-5").param("note", "不正入力"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "date", "kindId", "minutes"))
                .andExpect(content().string(containsString("日付を入力してください")))
                .andExpect(content().string(containsString("種類を選んでください")))
                .andExpect(content().string(containsString("0以上の数値を入力してください")));
        assertThat(withNote("不正入力")).isEmpty();
    }

    @Test
    void asksForTheBusinessOfAConsultation() throws Exception {
        postAs("kawamoto", visit("事業所なし", "business", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "business", "activity.validation.businessRequired"))
                .andExpect(content().string(containsString("事業所を入力してください")));
        assertThat(withNote("事業所なし")).isEmpty();
    }

    @Test
    void asksForABusinessOrADistrictOfAnEvent() throws Exception {
        String seminar = String.valueOf(fixtures.kind("セミナー開催").id());
        postAs("kawamoto", visit("セミナー", "business", "", "kindId", seminar, "participants", "12"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("イベントは事業所を入力するか、地区を選んでください")));
        postAs("kawamoto", visit("セミナー", "business", "", "kindId", seminar, "participants", "12",
                "districtId", String.valueOf(fixtures.district("倉橋"))))
                .andExpect(status().isFound());
        assertThat(withNote("セミナー")).singleElement().satisfies(r -> {
            assertThat(r.business()).isNull();
            assertThat(r.district()).isEqualTo("倉橋");
            assertThat(r.participants()).isEqualTo(12);
        });
    }

    @Test
    void registersABusinessNotYetKnownInTheChosenDistrict() throws Exception {
        postAs("kawamoto", visit("新規事業所", "business", "呉みなと食堂"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("事業所「呉みなと食堂」は登録されていません")));
        assertThat(businesses.byName(fixtures.association(), "呉みなと食堂")).isEmpty();
        postAs("kawamoto", visit("新規事業所", "business", "呉みなと食堂",
                "districtId", String.valueOf(fixtures.district("安浦"))))
                .andExpect(status().isFound());
        assertThat(businesses.byName(fixtures.association(), "呉みなと食堂")).singleElement()
                .extracting(BusinessRow::district, BusinessRow::records).containsExactly("安浦", 1L);
    }

    @Test
    void refusesChoicesOfAnotherAssociationOrMadeUp() throws Exception {
        postAs("kawamoto", visit("よその種類", "kindId", "999999", "staffIds", "999999"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "kindId", "activity.validation.unknownChoice"))
                .andExpect(model().attributeHasFieldErrorCode("form", "staffIds", "activity.validation.unknownChoice"));
        assertThat(withNote("よその種類")).isEmpty();
    }

    @Test
    void forbidsViewersToOpenOrPostTheForm() throws Exception {
        mvc.perform(get("/activities/new").with(logins.as("viewer"))).andExpect(status().isForbidden());
        postAs("viewer", visit("閲覧者の登録")).andExpect(status().isForbidden());
        assertThat(withNote("閲覧者の登録")).isEmpty();
    }
}
