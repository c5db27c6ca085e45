package jp.bansou.activity.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import jp.bansou.organization.BansouUser;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Requests as a demo login (admin, sasaki, kawamoto, viewer) with the application's own principal. */
final class Logins {

    private final UserDetailsService users;

    Logins(UserDetailsService users) {
        this.users = users;
    }

    RequestPostProcessor as(String username) {
        return user(principal(username));
    }

    BansouUser principal(String username) {
        return (BansouUser) users.loadUserByUsername(username);
    }
}
