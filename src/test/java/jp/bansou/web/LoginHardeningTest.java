package jp.bansou.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import jp.bansou.organization.OrganizationService;
import jp.bansou.organization.UserRole;
import jp.bansou.support.BansouSpringTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login hardening in the running application. Each test guesses from its own client address and
 * for its own usernames: the throttle lives as long as the shared context, and must not lock out
 * the demo logins other tests use.
 */
@BansouSpringTest
class LoginHardeningTest {

    @Autowired MockMvc mvc;
    @Autowired OrganizationService organization;
    @Autowired JdbcClient jdbc;
    @Value("${server.servlet.session.timeout}") Duration sessionTimeout;

    @Test
    @Transactional
    void locksAUserAfterFiveFailuresAndSaysTheSameWhetherTheUserExistsOrNot() throws Exception {
        long association = jdbc.sql("SELECT id FROM association WHERE code = 'kure-koiki'").query(Long.class).single();
        organization.addUser(association, "authz-guessed", "right-password", "推測対象", UserRole.VIEWER, null);
        for (String username : new String[] {"authz-guessed", "authz-nobody"}) {
            for (int i = 0; i < 5; i++) {
                mvc.perform(login(username, "wrong" + i, "10.20.0." + i))
                        .andExpect(redirectedUrl("/login?error"));
            }
        }

        mvc.perform(login("authz-guessed", "right-password", "10.20.1.1"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(login("authz-nobody", "anything", "10.20.1.1"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/login").param("locked", ""))
                .andExpect(content().string(Matchers.containsString("ログインの失敗が続いたため")));
    }

    @Test
    void locksAClientAddressThatGuessesManyUsernames() throws Exception {
        for (int i = 0; i < 20; i++) {
            mvc.perform(login("authz-spray-" + i, "x", "10.30.0.1"));
        }

        mvc.perform(login("viewer", "demo", "10.30.0.1"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(login("authz-spray-0", "x", "10.30.0.3")) // five failures lock no address of an office
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/v1/target-table").with(httpBasic("viewer", "demo")).with(from("10.30.0.1")))
                .andExpect(status().is(429))
                .andExpect(content().string(Matchers.containsString("ログインの失敗が続いたため")));
        mvc.perform(login("viewer", "demo", "10.30.0.2"))
                .andExpect(authenticated().withUsername("viewer"));
    }

    @Test
    void givesTheSessionANewIdAtLogin() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        MvcResult login = mvc.perform(login("viewer", "demo", "10.40.0.1")
                .with(request -> {
                    request.setSession(session);
                    return request;
                })).andExpect(authenticated()).andReturn();

        assertThat(login.getRequest().getSession(false)).isNotNull();
        assertThat(login.getRequest().getSession(false).getId()).isNotEqualTo(before);
    }

    @Test
    void endsIdleSessionsAfterThirtyMinutes() {
        assertThat(sessionTimeout).isEqualTo(Duration.ofMinutes(30));
    }

    private static MockHttpServletRequestBuilder login(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
