package jp.bansou.web.authz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.bansou.apitoken.ApiTokens;
import jp.bansou.notification.Notifications;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationService;
import jp.bansou.plan.PlanService;
import jp.bansou.schedule.ScheduleFeeds;
import jp.bansou.support.BansouSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route Spring registers × every role, against the table in routes.tsv. A route without a row
 * fails the build, so nothing new slips in unclassified. Each request runs in a savepoint that is
 * rolled back, so the routes that change data see the demo data as it was.
 */
@BansouSpringTest
class RouteMatrixTest {

    /**
     * Path variables that are no row of the association: published pages (public by design), feed
     * tokens (the secret is the credential), upload tokens kept in the user's own session, and import
     * profiles, which a PUT creates by name in the caller's own association.
     */
    private static final Pattern UNSCOPED = Pattern.compile(
            "/public/|/calendar/|/imports/pending/|/api/v1/import-profiles/\\{name}");

    @Autowired MockMvc mvc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired JdbcClient jdbc;
    @Autowired OrganizationService organization;
    @Autowired PlanService plan;
    @Autowired ScheduleFeeds feeds;
    @Autowired Notifications notifications;
    @Autowired UserDetailsService users;
    @Autowired PlatformTransactionManager transactions;
    @Autowired ApiTokens tokens;

    @Test
    void everyRouteTheApplicationRegistersHasARowInTheTableAndNoOther() throws Exception {
        Set<String> registered = registeredRoutes();
        Set<String> listed = new TreeSet<>(RouteTable.load().rows().keySet());

        assertThat(difference(registered, listed)).as("routes without a row in " + RouteTable.RESOURCE).isEmpty();
        assertThat(difference(listed, registered)).as("rows in " + RouteTable.RESOURCE + " for no route").isEmpty();
    }

    @Test
    void theTableNeverLetsTheOtherAssociationsAdminSeeOrLearnOfThisAssociationsRows() throws Exception {
        List<String> leaks = RouteTable.load().rows().values().stream()
                .filter(RouteTable.Row::hasPathVariable)
                .filter(row -> !UNSCOPED.matcher(row.path()).lookingAt())
                .filter(row -> !row.expected().get(Role.OTHER).equals("404"))
                .map(RouteTable.Row::key).toList();

        assertThat(leaks).isEmpty();
    }

    @Test
    @Transactional
    void everyRoleGetsTheAnswerTheTableSays() throws Exception {
        RouteFixture fixture = new RouteFixture(jdbc, organization, plan, notifications,
                feeds.tokenOf((BansouUser) users.loadUserByUsername("kawamoto")));
        fixture.add("token", tokens.create((BansouUser) users.loadUserByUsername("kawamoto"), "権限の確認", null)
                .token().id());
        RouteTable table = RouteTable.load();
        List<String> observed = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (String key : registeredRoutes()) {
            RouteTable.Row row = table.rows().get(key);
            String method = key.substring(0, key.indexOf(' '));
            String pattern = key.substring(key.indexOf(' ') + 1);
            StringBuilder line = new StringBuilder(method + "\t" + pattern + "\t" + (row == null ? "?" : row.action()));
            for (Role role : Role.values()) {
                String answer = answer(method, pattern, role, fixture);
                line.append('\t').append(answer);
                if (row != null && !row.expected().get(role).equals(answer)) {
                    wrong.add(key + " as " + role + ": expected " + row.expected().get(role) + ", got " + answer);
                }
            }
            observed.add(line.toString());
        }
        Files.createDirectories(Path.of("target/authz"));
        Files.write(Path.of("target/authz/observed.tsv"), observed);
        Files.writeString(Path.of("target/authz/ids.txt"), fixture.ids().toString());

        assertThat(wrong).as("answers differing from " + RouteTable.RESOURCE + " (all answers: target/authz/observed.tsv)")
                .isEmpty();
    }

    private String answer(String method, String pattern, Role role, RouteFixture fixture) {
        String path = fixture.path(pattern, role);
        AbstractMockHttpServletRequestBuilder<?> request = pattern.equals("/api/v1/imports") && method.equals("POST")
                ? multipart(path).file(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]))
                : request(HttpMethod.valueOf(method.equals("*") ? "GET" : method), path);
        fixture.params(pattern).forEach(request::param);
        if (!method.equals("GET") && !method.equals("*")) {
            request.with(csrf());
            if (pattern.startsWith("/api/") && !pattern.equals("/api/v1/imports")) {
                request.contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}");
            }
        }
        if (role != Role.ANONYMOUS) {
            request.with(user(users.loadUserByUsername(role.username)));
        }
        TransactionTemplate savepoint = new TransactionTemplate(transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        return savepoint.execute(status -> {
            status.setRollbackOnly();
            try {
                MvcResult result = mvc.perform(request).andReturn();
                String missing = missingSecurityHeaders(result);
                return missing.isEmpty() ? outcome(result) : "headers:" + missing;
            } catch (Exception e) {
                return "exception:" + e.getClass().getSimpleName();
            }
        });
    }

    /** Every answer forbids framing and sniffing; every page also carries the CSP and the referrer policy. */
    private static String missingSecurityHeaders(MvcResult result) {
        var response = result.getResponse();
        List<String> missing = new ArrayList<>();
        if (!"DENY".equals(response.getHeader("X-Frame-Options"))) {
            missing.add("X-Frame-Options");
        }
        if (!"nosniff".equals(response.getHeader("X-Content-Type-Options"))) {
            missing.add("X-Content-Type-Options");
        }
        if (String.valueOf(response.getContentType()).startsWith("text/html")) {
            String csp = String.valueOf(response.getHeader("Content-Security-Policy"));
            if (!csp.contains("script-src 'self'") || csp.contains("unsafe-inline") || !csp.contains("frame-ancestors 'none'")) {
                missing.add("Content-Security-Policy");
            }
            if (response.getHeader("Referrer-Policy") == null) {
                missing.add("Referrer-Policy");
            }
        }
        return String.join(",", missing);
    }

    private static String outcome(MvcResult result) {
        int status = result.getResponse().getStatus();
        String location = result.getResponse().getRedirectedUrl();
        if (status / 100 == 3 && location != null && location.matches("(https?://[^/]+)?/login")) {
            return "login";
        }
        return String.valueOf(status);
    }

    private Set<String> registeredRoutes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name)
                    .collect(Collectors.toSet());
            for (String pattern : info.getPatternValues()) {
                (methods.isEmpty() ? Set.of("*") : methods)
                        .forEach(method -> routes.add(RouteTable.Row.key(method, pattern)));
            }
        }
        return routes;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }
}
