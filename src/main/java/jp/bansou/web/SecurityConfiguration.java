package jp.bansou.web;

import io.github.wimdeblauwe.htmx.spring.boot.security.HxRefreshHeaderAuthenticationEntryPoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import jp.bansou.apitoken.ApiTokens;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

/**
 * Two chains: the JSON API under /api/** with HTTP Basic or an API token, stateless, answering 401/403 as JSON;
 * the pages with form login, CSRF on every form, and htmx requests told to refresh on expiry; any
 * other request without a login (whatever its Accept header) is sent to the login page.
 * Absent when the application runs as a command (the import from the command line: no web server).
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, JsonSecurityErrors errors, ApiTokens tokens,
                            UserDetailsService users) throws Exception {
        return http.securityMatcher("/api/**")
                .addFilterBefore(new BearerTokenFilter(tokens, users, errors), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/data-checks").hasRole("ADMIN") // data checks: admins only
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(errors))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, SessionRegistry sessions) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error")
                        .permitAll()
                        .requestMatchers("/calendar/*/*.ics").permitAll() // schedule: iCalendar feeds, secret token in the path
                        // budget: admins set lines and transfer; viewers only read the budget and the ledger
                        .requestMatchers(HttpMethod.POST, "/budget/lines", "/budget/transfers").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/budget/**").hasAnyRole("ADMIN", "REVIEWER", "STAFF")
                        // evaluation: the person responsible may mark an improvement done (checked by the service)
                        .requestMatchers(HttpMethod.POST, "/evaluation/improvements/*/done").authenticated()
                        .requestMatchers(HttpMethod.POST, "/evaluation/**").hasAnyRole("ADMIN", "REVIEWER")
                        .requestMatchers("/public/**").permitAll() // publication: published years, no login
                        .requestMatchers("/setup").permitAll() // setup: first start, 404 once an association exists
                        .requestMatchers("/actuator/health").permitAll() // faults: UP/DOWN for monitoring; details for admins only
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .sessionManagement(s -> s.maximumSessions(-1).sessionRegistry(sessions) // tokens: deactivation ends sessions
                        .expiredSessionStrategy(SessionEnding.expiredStrategy()))
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor(new HxRefreshHeaderAuthenticationEntryPoint(),
                                new RequestHeaderRequestMatcher("HX-Request"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                AnyRequestMatcher.INSTANCE))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

}
