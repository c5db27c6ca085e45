package jp.bansou.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.UserDeactivated;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

/**
 * Ends the page sessions of a login an admin deactivated, at once rather than when they time out.
 * The sessions are known from Spring Security's in-memory {@link SessionRegistry}: marking them
 * expired costs nothing per request (the registry is a map lookup, no query), unlike re-reading the
 * user's enabled flag on every request. The next request of an expired session is logged out and
 * sent to the login page (an htmx request is told to reload, which lands there too).
 *
 * <p>The sessions end when the deactivation is made, inside its transaction: were it rolled back,
 * the user only logs in again. The registry lives in one JVM, as the sessions do.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SessionEnding {

    static final String EXPIRED_PAGE = "/login?expired";

    private final SessionRegistry registry = new SessionRegistryImpl();

    @Bean
    SessionRegistry sessionRegistry() {
        return registry;
    }

    /** Tells the registry when sessions end or change id, so it neither leaks nor loses them. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @EventListener
    void on(UserDeactivated event) {
        registry.getAllPrincipals().stream()
                .filter(p -> p instanceof BansouUser user && user.id() == event.userId())
                .flatMap(p -> registry.getAllSessions(p, false).stream())
                .forEach(session -> session.expireNow());
    }

    static SessionInformationExpiredStrategy expiredStrategy() {
        return event -> redirect(event.getRequest(), event.getResponse());
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", request.getContextPath() + EXPIRED_PAGE);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.sendRedirect(request.getContextPath() + EXPIRED_PAGE);
        }
    }
}
