package jp.bansou.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.bansou.organization.BansouUser;
import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.DemoUsers;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** A login an admin deactivates loses its open sessions at once, the admin's own staying open. */
@BansouSpringTest
@Transactional
class SessionEndingTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @Test
    void endsTheOpenSessionsOfADeactivatedUser() throws Exception {
        MockHttpSession kawamoto = login("kawamoto", "10.60.0.1");
        MockHttpSession secondWindow = login("kawamoto", "10.60.0.2");
        MockHttpSession admin = login("admin", "10.60.0.3");
        mvc.perform(get("/my-items").session(kawamoto)).andExpect(status().isOk());
        long id = ((BansouUser) users.loadUserByUsername("kawamoto")).id();

        mvc.perform(post("/admin/users/{id}/deactivate", id).with(csrf()).session(admin))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/my-items").session(kawamoto)).andExpect(redirectedUrl(SessionEnding.EXPIRED_PAGE));
        mvc.perform(get("/my-items").session(kawamoto)).andExpect(redirectedUrl("/login")); // logged out for good
        mvc.perform(get("/dashboard").session(secondWindow).header("HX-Request", "true"))
                .andExpect(status().isUnauthorized()).andExpect(header().string("HX-Redirect", "/login?expired"));
        mvc.perform(get("/admin/users").session(admin)).andExpect(status().isOk());
        mvc.perform(get("/login").param("expired", "")).andExpect(content().string(
                Matchers.containsString("管理者によって無効にされた")));
    }

    @Test
    void leavesTheSessionsOfOtherUsersOpen() throws Exception {
        MockHttpSession viewer = login("viewer", "10.60.1.1");
        long kawamoto = ((BansouUser) users.loadUserByUsername("kawamoto")).id();

        mvc.perform(post("/admin/users/{id}/deactivate", kawamoto).with(csrf())
                .with(new DemoUsers(users).as("admin"))).andExpect(status().is3xxRedirection());

        mvc.perform(get("/my-items").session(viewer)).andExpect(status().isOk());
    }

    private MockHttpSession login(String username, String address) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").param("username", username).param("password", "demo")
                        .with(csrf()).with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andExpect(authenticated().withUsername(username))
                .andReturn().getRequest().getSession(false);
    }
}
