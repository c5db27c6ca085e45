package jp.bansou.support;

import jp.bansou.organization.BansouUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Service-level tests acting as a demo login: the user, also put in the security context as a request would. */
public final class LoggedIn {

    private final UserDetailsService users;

    public LoggedIn(UserDetailsService users) {
        this.users = users;
    }

    public BansouUser as(String username) {
        BansouUser user = (BansouUser) users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    public static void logOut() {
        SecurityContextHolder.clearContext();
    }
}
