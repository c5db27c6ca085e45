package jp.bansou.activity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import jp.bansou.activity.ActivityFilter;
import jp.bansou.activity.ActivityFixtures;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.activity.ActivityRow;
import jp.bansou.activity.BusinessQueries;
import jp.bansou.activity.BusinessRow;
import jp.bansou.shared.FiscalYear;
import jp.bansou.support.BansouSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

@BansouSpringTest
@Transactional
class ActivityApiTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired ActivityQueries queries;
    @Autowired BusinessQueries businesses;

    private ActivityFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ActivityFixtures(context);
    }

    private ResultActions create(String user, String json) throws Exception {
        return mvc.perform(post("/api/v1/activities").with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private List<ActivityRow> withNote(String note) {
        return queries.list(fixtures.association(), new ActivityFilter(null, null, null, null, null, null, note), 0, 10)
                .rows();
    }

    @Test
    void createsARecordGivenByNames() throws Exception {
        create("kawamoto", """
                {"date": "2022-09-01", "kind": "巡回相談", "business": "（サンプル）事業所002",
                 "staff": ["河本", "歴数"], "categories": ["財務分析", "金融"], "minutes": 60, "note": "API登録"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber());
        assertThat(withNote("API登録")).singleElement().satisfies(r -> {
            assertThat(r.business()).isEqualTo("（サンプル）事業所002");
            assertThat(r.staff()).isEqualTo("河本、歴数");
            assertThat(r.categories()).contains("財務分析").contains("金融");
            assertThat(r.minutes()).isEqualTo(60);
        });
    }

    @Test
    void registersANamedBusinessInTheGivenDistrictAndFindsItAgainByMemberNumber() throws Exception {
        create("sasaki", """
                {"date": "2022-10-03", "kind": "窓口相談", "business": "株式会社 川尻鉄工", "memberNumber": "K-500",
                 "district": "川尻", "note": "新規API"}""").andExpect(status().isCreated());
        create("sasaki", """
                {"date": "2022-10-04", "kind": "窓口相談", "memberNumber": "K-500", "note": "番号API"}""")
                .andExpect(status().isCreated());
        create("sasaki", """
                {"date": "2022-10-05", "kind": "窓口相談", "business": "(株)川尻鉄工", "note": "表記違いAPI"}""")
                .andExpect(status().isCreated());
        assertThat(businesses.byName(fixtures.association(), "川尻鉄工")).singleElement().satisfies(b -> {
            assertThat(b.district()).isEqualTo("川尻");
            assertThat(b.memberNumber()).isEqualTo("K-500");
            assertThat(b.member()).isTrue();
            assertThat(b.records()).isEqualTo(3);
        });
    }

    @Test
    void recordsAnEventInADistrictWithoutABusiness() throws Exception {
        create("admin", """
                {"date": "2022-11-11", "kind": "セミナー開催", "district": "安芸灘", "staff": ["大石"],
                 "categories": ["人材育成"], "participants": 18, "note": "APIセミナー"}""")
                .andExpect(status().isCreated());
        assertThat(withNote("APIセミナー")).singleElement().satisfies(r -> {
            assertThat(r.business()).isNull();
            assertThat(r.district()).isEqualTo("安芸灘");
            assertThat(r.participants()).isEqualTo(18);
        });
    }

    @Test
    void answers422WithEveryReasonInJapaneseAndStoresNothing() throws Exception {
        create("kawamoto", """
                {"date": "2022-13-01", "kind": "謎の活動", "business": "（サンプル）事業所003", "district": "火星",
                 "staff": ["誰か"], "categories": ["占い"], "minutes": -1, "note": "不正API"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors").value(hasItems("日付「2022-13-01」が正しくありません（例: 2022-06-01）",
                        "種類「謎の活動」は登録されていません", "地区「火星」は登録されていません",
                        "担当者「誰か」は登録されていません", "支援区分「占い」は登録されていません",
                        "時間（分）は0以上で入力してください")));
        create("kawamoto", """
                {"date": "2022-06-01", "kind": "巡回相談", "business": "どこにもない商店", "note": "不正API"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0]").value("事業所「どこにもない商店」は登録されていません。地区を指定すると新しく登録します"));
        create("kawamoto", """
                {"date": "2022-06-01", "kind": "巡回相談", "note": "不正API"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0]").value("事業所（business または memberNumber）は必須です"));
        assertThat(withNote("不正API")).isEmpty();
    }

    @Test
    void answers401WithoutLoginAnd403ToViewers() throws Exception {
        String json = """
                {"date": "2022-06-01", "kind": "巡回相談", "business": "（サンプル）事業所003", "note": "権限API"}""";
        mvc.perform(post("/api/v1/activities").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("unauthorized"));
        create("viewer", json).andExpect(status().isForbidden()).andExpect(jsonPath("$.error").value("forbidden"));
        mvc.perform(get("/api/v1/activities")).andExpect(status().isUnauthorized());
        assertThat(withNote("権限API")).isEmpty();
    }

    @Test
    void listsAPageOfRecordsWithNamesResolved() throws Exception {
        long visits = queries.list(fixtures.association(), new ActivityFilter(FiscalYear.of(2022), null,
                fixtures.district("倉橋"), null, fixtures.kind("巡回相談").id(), null, null), 0, 1).total();
        mvc.perform(get("/api/v1/activities").param("fy", "2022").param("district", "倉橋").param("kind", "巡回相談")
                        .param("page", "1").param("size", "20").with(httpBasic("viewer", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.total").value(visits))
                .andExpect(jsonPath("$.items.length()").value(20))
                .andExpect(jsonPath("$.items[*].kind").value(everyItem(is("巡回相談"))))
                .andExpect(jsonPath("$.items[*].district").value(everyItem(is("倉橋"))))
                .andExpect(jsonPath("$.items[0].staff[0]").isString())
                .andExpect(jsonPath("$.items[0].source").value("SAMPLE"))
                .andExpect(jsonPath("$.items[0].date").value(org.hamcrest.Matchers.matchesPattern("2022-.*|2023-.*")));
    }

    @Test
    void listsCategoriesAndCountsOfARecordOneByOne() throws Exception {
        create("kawamoto", """
                {"date": "2022-12-01", "kind": "商談会・展示会", "business": "（サンプル）事業所004", "staff": ["河本"],
                 "categories": ["販路開拓", "生産性向上"], "deals": 2, "pressReleases": 1, "note": "詳細API"}""")
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/activities").param("fy", "2022").param("staff", "河本").param("category", "販路開拓")
                        .param("kind", "商談会・展示会").with(httpBasic("viewer", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].categories").value(hasItems("販路開拓", "生産性向上")))
                .andExpect(jsonPath("$.items[0].deals").value(2))
                .andExpect(jsonPath("$.items[0].pressReleases").value(1))
                .andExpect(jsonPath("$.items[0].business").value("（サンプル）事業所004"));
    }

    @Test
    void refusesUnknownFilterNamesAndOversizedPages() throws Exception {
        mvc.perform(get("/api/v1/activities").param("staff", "誰か").param("size", "1000")
                        .with(httpBasic("viewer", "demo")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors").value(hasItems("担当者「誰か」は登録されていません",
                        "page は0以上、size は1〜200で指定してください")));
    }
}
