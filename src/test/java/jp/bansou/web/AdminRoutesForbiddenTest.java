package jp.bansou.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.DemoUsers;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Staff and viewers get 403 on every route under /admin, read from the registered request mappings,
 * so an admin page added later is covered without touching this test. Path variables are filled
 * with 1: the refusal must come before any lookup.
 */
@BansouSpringTest
class AdminRoutesForbiddenTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @TestFactory
    Stream<DynamicTest> refusesStaffAndViewersOnEveryAdminRoute() {
        List<Route> routes = adminRoutes();
        assertThat(routes).extracting(Route::path)
                .contains("/admin", "/admin/users", "/admin/users/1/deactivate", "/admin/staff", "/admin/groups",
                        "/admin/districts", "/admin/rules", "/admin/audit", "/admin/publication");
        DemoUsers as = new DemoUsers(users);
        return routes.stream().flatMap(route -> Stream.of("kawamoto", "viewer").map(login ->
                DynamicTest.dynamicTest(login + " " + route.method() + " " + route.path(), () -> {
                    int status = mvc.perform(request(route.method(), route.path()).with(as.as(login)).with(csrf()))
                            .andReturn().getResponse().getStatus();
                    assertThat(status).as(route.method() + " " + route.path() + " as " + login).isEqualTo(403);
                })));
    }

    private List<Route> adminRoutes() {
        List<Route> routes = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.equals("/admin") && !pattern.startsWith("/admin/")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]+}", "1");
                (methods.isEmpty() ? Set.of(RequestMethod.GET) : methods)
                        .forEach(m -> routes.add(new Route(HttpMethod.valueOf(m.name()), path)));
            }
        }
        return routes;
    }

    private record Route(HttpMethod method, String path) {
    }
}
