package jp.bansou.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import jp.bansou.apitoken.ApiTokens;
import jp.bansou.apitoken.TokenSecret;
import jp.bansou.organization.BansouUser;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer bns_…} on the API: the request acts as the token's owner with the
 * roles the owner has now, read afresh for each request (a role change or deactivation applies at
 * once). A revoked, expired or unknown token, or one whose owner is deactivated, is answered 401
 * without falling back to any other login. Not a bean: only the API chain adds it.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final UserDetailsService users;
    private final AuthenticationEntryPoint refusal;

    BearerTokenFilter(ApiTokens tokens, UserDetailsService users, AuthenticationEntryPoint refusal) {
        this.tokens = tokens;
        this.users = users;
        this.refusal = refusal;
    }

    static boolean carriesBearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!carriesBearer(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<BansouUser> user = owner(request.getHeader("Authorization").substring(BEARER.length()));
        if (user.isEmpty()) {
            SecurityContextHolder.clearContext();
            refusal.commence(request, response, new BadCredentialsException("invalid API token"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
                user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    private Optional<BansouUser> owner(String secret) {
        if (secret.isBlank()) {
            return Optional.empty();
        }
        return tokens.ownerOf(new TokenSecret(secret)).flatMap(this::user).filter(BansouUser::isEnabled);
    }

    private Optional<BansouUser> user(String username) {
        try {
            return Optional.of((BansouUser) users.loadUserByUsername(username));
        } catch (UsernameNotFoundException gone) {
            return Optional.empty();
        }
    }
}
