package jp.bansou.setup.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import jp.bansou.setup.SetupService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the installation has no association, every page but the set-up (and what it needs:
 * styles, scripts, the error page) redirects to {@code /setup}. Runs before Spring Security (whose
 * filter sits at -100), so a visitor lands on the set-up page rather than a login no one can use.
 * Once an association exists the filter remembers it and steps aside for good.
 */
@Component
@Order(-101)
class FirstStartFilter extends OncePerRequestFilter {

    private static final List<String> OPEN = List.of("/setup", "/css/", "/js/", "/webjars/", "/favicon.ico", "/error");

    private final SetupService setup;
    private volatile boolean done;

    FirstStartFilter(SetupService setup) {
        this.setup = setup;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!done && setup.needed()) {
            if (open(request)) {
                chain.doFilter(request, response);
            } else {
                response.sendRedirect(request.getContextPath() + "/setup");
            }
            return;
        }
        done = true;
        chain.doFilter(request, response);
    }

    private static boolean open(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OPEN.stream().anyMatch(path::startsWith);
    }
}
