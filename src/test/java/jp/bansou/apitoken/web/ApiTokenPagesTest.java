package jp.bansou.apitoken.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.bansou.apitoken.ApiTokens;
import jp.bansou.apitoken.CreatedToken;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.UserAdministration;
import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.DemoUsers;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/** The token pages and a token on the API, in the running application. */
@BansouSpringTest
@Transactional
class ApiTokenPagesTest {

    private static final Pattern SECRET = Pattern.compile("bns_[A-Za-z0-9_-]{43}");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired ApiTokens tokens;
    @Autowired UserAdministration administration;
    @Autowired JdbcClient jdbc;
    DemoUsers demo;

    @BeforeEach
    void setUp() {
        demo = new DemoUsers(users);
    }

    @Test
    void showsTheSecretOnceAndTheTokenThenWorksOnTheApiAsItsOwner() throws Exception {
        String page = mvc.perform(post("/account/tokens").param("name", "集計スクリプト").param("expiresOn", "")
                        .with(csrf()).with(demo.as("viewer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher secret = SECRET.matcher(page);
        assertThat(secret.find()).as("the secret on the answer to the creation").isTrue();

        String list = mvc.perform(get("/account/tokens").with(demo.as("viewer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("集計スクリプト", secret.group().substring(0, 8)).doesNotContain(secret.group());

        bearer(secret.group()).andExpect(status().isOk()).andExpect(jsonPath("$.fiscalYear").value(2021));
        mvc.perform(post("/api/v1/activities").header("Authorization", "Bearer " + secret.group())
                        .contentType("application/json").content("{}"))
                .andExpect(status().isForbidden()); // the viewer's own role, not more
    }

    @Test
    void refusesUnknownRevokedAndExpiredTokensWithJson() throws Exception {
        bearer("bns_nosuchtoken").andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("unauthorized"));
        bearer("").andExpect(status().isUnauthorized());

        CreatedToken revoked = tokens.create(user("kawamoto"), "失効", null);
        tokens.revokeMine(user("kawamoto"), revoked.token().id());
        bearer(revoked.secret().value()).andExpect(status().isUnauthorized());

        CreatedToken expired = tokens.create(user("kawamoto"), "期限切れ", null);
        jdbc.sql("UPDATE api_token SET expires_on = ? WHERE id = ?")
                .params(java.sql.Date.valueOf(tokens.today().minusDays(1)), expired.token().id()).update();
        bearer(expired.secret().value()).andExpect(status().isUnauthorized());

        mvc.perform(get("/api/v1/target-table").param("fy", "2021").with(httpBasic("viewer", "demo")))
                .andExpect(status().isOk()); // Basic keeps working
    }

    @Test
    void countsRefusedTokensAgainstTheClientAddress() throws Exception {
        CreatedToken created = tokens.create(user("viewer"), "集計", null);
        for (int i = 0; i < 20; i++) {
            mvc.perform(get("/api/v1/target-table").header("Authorization", "Bearer bns_guess" + i)
                    .with(from("10.70.0.1"))).andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/v1/target-table").header("Authorization", "Bearer " + created.secret().value())
                .with(from("10.70.0.1"))).andExpect(status().is(429));
        mvc.perform(get("/api/v1/target-table").header("Authorization", "Bearer " + created.secret().value())
                .with(from("10.70.0.2"))).andExpect(status().isOk());
    }

    @Test
    void aDeactivatedUsersTokenStopsWorking() throws Exception {
        CreatedToken created = tokens.create(user("kawamoto"), "集計", null);
        bearer(created.secret().value()).andExpect(status().isOk());

        administration.deactivate(user("admin"), user("kawamoto").id());

        bearer(created.secret().value()).andExpect(status().isUnauthorized());
    }

    @Test
    void anAdminRevokesAnotherUsersTokenAfterConfirming() throws Exception {
        CreatedToken created = tokens.create(user("kawamoto"), "河本の集計", null);
        long id = created.token().id();

        mvc.perform(get("/admin/tokens").with(demo.as("admin")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("河本の集計")));
        mvc.perform(get("/admin/tokens/{id}/revoke", id).with(demo.as("admin")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("失効させますか")));
        mvc.perform(post("/admin/tokens/{id}/revoke", id).with(csrf()).with(demo.as("admin")))
                .andExpect(redirectedUrl("/admin/tokens"));

        bearer(created.secret().value()).andExpect(status().isUnauthorized());
    }

    @Test
    void onlyAdminsReachTheAdminPageAndNobodyRevokesAnotherUsersTokenFromTheirAccount() throws Exception {
        long id = tokens.create(user("kawamoto"), "集計", null).token().id();

        mvc.perform(get("/admin/tokens").with(demo.as("viewer"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/tokens/{id}/revoke", id).with(csrf()).with(demo.as("viewer")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/account/tokens/{id}/revoke", id).with(csrf()).with(demo.as("viewer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/account/tokens/{id}/revoke", id).with(demo.as("kawamoto"))).andExpect(status().isOk());
    }

    @Test
    void refusesABlankNameAndAPastExpiryNamingTheField() throws Exception {
        mvc.perform(post("/account/tokens").param("name", " ").param("expiresOn", "2000-01-01")
                        .with(csrf()).with(demo.as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("トークンの名前を入力してください")))
                .andExpect(content().string(Matchers.containsString("有効期限は今日以降の日付にしてください")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("bns_"))));
    }

    private ResultActions bearer(String secret) throws Exception {
        return mvc.perform(get("/api/v1/target-table").param("fy", "2021")
                .header("Authorization", "Bearer " + secret));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private BansouUser user(String username) {
        return (BansouUser) users.loadUserByUsername(username);
    }
}
