package jp.bansou.activity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.bansou.activity.ActivityFixtures;
import jp.bansou.activity.BusinessQueries;
import jp.bansou.activity.BusinessRow;
import jp.bansou.activity.BusinessStatus;
import jp.bansou.activity.Page;
import jp.bansou.support.BansouSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

@BansouSpringTest
@Transactional
class BusinessRegistryTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired ApplicationContext context;
    @Autowired BusinessQueries businesses;

    private Logins logins;
    private ActivityFixtures fixtures;

    @BeforeEach
    void setUp() {
        logins = new Logins(users);
        fixtures = new ActivityFixtures(context);
    }

    @SuppressWarnings("unchecked")
    private Page<BusinessRow> search(String q, int page) throws Exception {
        return (Page<BusinessRow>) mvc.perform(get("/businesses").param("q", q).param("page", String.valueOf(page))
                        .with(logins.as("viewer")))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("businesses");
    }

    private MockHttpServletRequestBuilder register(String name, String district, String memberNumber) {
        return post("/businesses/new").with(csrf()).param("name", name).param("nameKana", "クレワン")
                .param("districtId", district == null ? "" : String.valueOf(fixtures.district(district)))
                .param("member", "true").param("memberNumber", memberNumber).param("industry", "小売業")
                .param("representative", "呉 一郎").param("foundedOn", "1998-04-01").param("status", "ACTIVE");
    }

    @Test
    void pagesTheRegistryFiftyAtATime() throws Exception {
        Page<BusinessRow> first = search("", 0);
        assertThat(first.total()).isGreaterThanOrEqualTo(150);
        assertThat(first.rows()).hasSize(50);
        assertThat(search("", 1).rows()).extracting(BusinessRow::id)
                .doesNotContainAnyElementsOf(first.rows().stream().map(BusinessRow::id).toList());
    }

    @Test
    void findsBusinessesByNamePartKanaOrMemberNumber() throws Exception {
        fixtures.plantBusiness("株式会社 呉ワン", "音戸", "K-1234");
        assertThat(search("事業所12", 0).rows()).extracting(BusinessRow::name)
                .containsExactly("（サンプル）事業所120", "（サンプル）事業所121", "（サンプル）事業所122",
                        "（サンプル）事業所123", "（サンプル）事業所124", "（サンプル）事業所125", "（サンプル）事業所126",
                        "（サンプル）事業所127", "（サンプル）事業所128", "（サンプル）事業所129");
        assertThat(search("(株)呉ワン", 0).rows()).extracting(BusinessRow::name).containsExactly("株式会社 呉ワン");
        assertThat(search("k-1234", 0).rows()).extracting(BusinessRow::name).containsExactly("株式会社 呉ワン");
        assertThat(search("100%", 0).total()).isZero();
    }

    @Test
    void registersABusinessWithEveryField() throws Exception {
        mvc.perform(register("株式会社 呉ワン", "川尻", "K-9").with(logins.as("kawamoto")))
                .andExpect(status().isFound());
        assertThat(businesses.byMemberNumber(fixtures.association(), "K-9")).hasValueSatisfying(b -> {
            assertThat(b.name()).isEqualTo("株式会社 呉ワン");
            assertThat(b.nameKana()).isEqualTo("クレワン");
            assertThat(b.district()).isEqualTo("川尻");
            assertThat(b.member()).isTrue();
            assertThat(b.industry()).isEqualTo("小売業");
            assertThat(b.representative()).isEqualTo("呉 一郎");
            assertThat(b.foundedOn()).hasYear(1998);
            assertThat(b.status()).isEqualTo(BusinessStatus.ACTIVE);
        });
    }

    @Test
    void refusesABusinessRegisteredAlreadyUnderAnotherSpelling() throws Exception {
        fixtures.plantBusiness("株式会社 呉ワン", "川尻", null);
        mvc.perform(register("(株)呉ワン", "川尻", "").with(logins.as("kawamoto")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("この事業所は既に登録されています: 株式会社 呉ワン（川尻）")));
        assertThat(businesses.byName(fixtures.association(), "呉ワン")).hasSize(1);
    }

    @Test
    void asksForNameAndDistrictInJapanese() throws Exception {
        mvc.perform(register(" ", null, "").with(logins.as("kawamoto")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "name", "districtId"))
                .andExpect(content().string(containsString("事業所名を入力してください")))
                .andExpect(content().string(containsString("地区を選んでください")));
    }

    @Test
    void forbidsViewersToRegister() throws Exception {
        mvc.perform(get("/businesses/new").with(logins.as("viewer"))).andExpect(status().isForbidden());
        mvc.perform(register("閲覧者商店", "川尻", "").with(logins.as("viewer"))).andExpect(status().isForbidden());
        assertThat(businesses.byName(fixtures.association(), "閲覧者商店")).isEmpty();
    }

    @Test
    void suggestsMatchingNamesToTheQuickEntry() throws Exception {
        fixtures.plantBusiness("株式会社 呉ワン", "音戸", null);
        mvc.perform(get("/businesses/suggest").param("business", "呉ワン").header("HX-Request", "true")
                        .with(logins.as("kawamoto")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<datalist id=\"business-options\">")))
                .andExpect(content().string(containsString("<option value=\"株式会社 呉ワン\">音戸</option>")))
                .andExpect(content().string(not(containsString("事業所001"))));
    }
}
