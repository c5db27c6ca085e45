package jp.bansou.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles password guessing on the login form and on HTTP Basic alike: failures are counted per
 * username and per client address, read from the answer the security filters gave (the form's
 * redirect to /login?error, Basic's 401); while either is locked the attempt is refused before any
 * password is checked, with a message that is the same whether the user exists or not. An address
 * takes more failures than a username: an association's whole office shares one public address.
 * A refused API token (Bearer) counts against its address.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class LoginThrottling {

    static final String LOCKED_PAGE = "/login?locked";

    private final LoginThrottle users;
    private final LoginThrottle addresses;

    LoginThrottling(Clock clock, @Value("${bansou.login.max-failures:5}") int maxFailures,
                    @Value("${bansou.login.max-failures-per-address:20}") int maxFailuresPerAddress,
                    @Value("${bansou.login.lockout:15m}") Duration lockout) {
        this.users = new LoginThrottle(clock, maxFailures, lockout, lockout, 100_000);
        this.addresses = new LoginThrottle(clock, maxFailuresPerAddress, lockout, lockout, 100_000);
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> loginThrottleFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Gate());
        registration.setOrder(-200); // before Spring Security's chain (-100)
        return registration;
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "addr:" + address;
    }

    private final class Gate extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String username = attemptedUsername(request);
            boolean bearer = BearerTokenFilter.carriesBearer(request);
            if (username != null && (users.isLocked(userKey(username))
                    || addresses.isLocked(addressKey(request.getRemoteAddr())))
                    || bearer && addresses.isLocked(addressKey(request.getRemoteAddr()))) {
                refuse(request, response);
                return;
            }
            chain.doFilter(request, response);
            if (username != null) {
                count(username, request.getRemoteAddr(), refused(request, response));
            } else if (bearer && refused(request, response)) {
                addresses.failed(addressKey(request.getRemoteAddr())); // a token names no user: the address only
            }
        }

        private void count(String username, String address, boolean refused) {
            if (refused) {
                users.failed(userKey(username));
                addresses.failed(addressKey(address));
            } else {
                users.succeeded(userKey(username));
            }
        }

        /** The form login redirects a refused login to /login?error; HTTP Basic answers 401. */
        private static boolean refused(HttpServletRequest request, HttpServletResponse response) {
            if (path(request).equals("/login")) {
                return String.valueOf(response.getHeader("Location")).contains("/login?error");
            }
            return response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED;
        }

        private static String attemptedUsername(HttpServletRequest request) {
            if ("POST".equals(request.getMethod()) && "/login".equals(path(request))) {
                return String.valueOf(request.getParameter("username"));
            }
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
                try {
                    String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                            StandardCharsets.UTF_8);
                    int colon = decoded.indexOf(':');
                    return colon < 0 ? decoded : decoded.substring(0, colon);
                } catch (IllegalArgumentException notBase64) {
                    return null; // Spring Security answers the malformed header itself
                }
            }
            return null;
        }

        private static String path(HttpServletRequest request) {
            return request.getRequestURI().substring(request.getContextPath().length());
        }

        private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
            if (path(request).startsWith("/api/")) {
                response.setStatus(429);
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write("{\"status\":429,\"error\":\"locked\",\"message\":\""
                        + "ログインの失敗が続いたため、しばらくログインできません。時間をおいてやり直してください。\"}");
            } else {
                response.sendRedirect(request.getContextPath() + LOCKED_PAGE);
            }
        }
    }
}
