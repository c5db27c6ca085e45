package jp.bansou.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.bansou.support.Html;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A real installation's first start: no demo, an empty database of its own. The tests run in order
 * against the one database: while empty every page leads to /setup and bad input stores nothing;
 * then one set-up creates the association and its admin, and /setup is gone for good.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {
    "bansou.demo.enabled=false",
    "spring.datasource.url=jdbc:h2:mem:bansou-first-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstStartTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    @Order(1)
    void sendsEveryPageToTheSetUpWhileNoAssociationExists() throws Exception {
        mvc.perform(get("/")).andExpect(redirectedUrl("/setup"));
        mvc.perform(get("/dashboard")).andExpect(redirectedUrl("/setup"));
        mvc.perform(get("/login")).andExpect(redirectedUrl("/setup"));
        mvc.perform(get("/admin/users")).andExpect(redirectedUrl("/setup"));
        mvc.perform(get("/css/bansou.css")).andExpect(status().isOk());
        Document page = Html.parse(mvc.perform(get("/setup")).andExpect(status().isOk()).andReturn());
        assertThat(page.select("input[name=year]").val()).matches("令和\\d+年度");
        assertThat(page.select("input[name=planFirst]").val()).isEqualTo(page.select("input[name=year]").val());
    }

    @Test
    @Order(2)
    void refusesBadInputNamingTheFieldAndStoresNothing() throws Exception {
        String body = Html.body(mvc.perform(setUp("password", "short", "passwordAgain", "short",
                "districts", "本所\n音戸\n音戸", "year", "R7")).andExpect(status().isOk()).andReturn());
        assertThat(body).contains("パスワードは10文字以上にしてください", "地区 3行目: 「音戸」が重複しています",
                "「R7」を年度として読めません");
        assertThat(Html.body(mvc.perform(setUp("planLast", "令和12年度")).andExpect(status().isOk()).andReturn()))
                .contains("計画期間は最初の年度から5年以内にしてください");
        assertThat(count("association")).isZero();
        assertThat(count("app_user")).isZero();
    }

    @Test
    @Order(3)
    void setsUpTheAssociationItsPlanAndAdminOnceAndLogsTheAdminIn() throws Exception {
        MvcResult result = mvc.perform(setUp()).andExpect(redirectedUrl("/admin")).andReturn();
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession();
        mvc.perform(get("/admin").session(session)).andExpect(status().isOk());

        assertThat(count("association")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT username || ':' || role FROM app_user").query(String.class).list())
                .containsExactly("yamada:ADMIN");
        assertThat(jdbc.sql("SELECT name FROM district ORDER BY display_order").query(String.class).list())
                .containsExactly("本所", "東地区", "西地区");
        assertThat(jdbc.sql("SELECT name FROM district WHERE head_office").query(String.class).single()).isEqualTo("本所");
        assertThat(jdbc.sql("SELECT first_fiscal_year || '-' || last_fiscal_year FROM five_year_plan").query(String.class).single())
                .isEqualTo("2025-2029");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE after_value LIKE '初期設定%'").query(Long.class).single())
                .isEqualTo(1);
        mvc.perform(formLogin().user("yamada").password("kure-setup-2025")).andExpect(authenticated());
    }

    @Test
    @Order(4)
    void isGoneOnceSetUpEvenForADirectPost() throws Exception {
        mvc.perform(get("/setup")).andExpect(status().isNotFound());
        mvc.perform(setUp("code", "second", "username", "intruder")).andExpect(status().isNotFound());
        mvc.perform(get("/dashboard")).andExpect(redirectedUrl("/login"));
        assertThat(count("association")).isEqualTo(1);
        assertThat(count("app_user")).isEqualTo(1);
    }

    /** The set-up form filled in correctly, but for the fields given as name, value pairs. */
    private static MockHttpServletRequestBuilder setUp(String... changed) {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("associationName", "テスト町商工会",
                "code", "test-town", "districts", "本所\n東地区\n\n西地区\n", "year", "令和7年度",
                "planFirst", "2025", "planLast", "令和11年度", "username", "yamada", "displayName", "山田",
                "password", "kure-setup-2025", "passwordAgain", "kure-setup-2025"));
        for (int i = 0; i < changed.length; i += 2) {
            fields.put(changed[i], changed[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/setup").with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
