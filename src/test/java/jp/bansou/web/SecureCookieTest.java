package jp.bansou.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The session cookie as the real server writes it: HttpOnly and SameSite=Lax always, Secure when a
 * TLS-terminating proxy in front says the request came over HTTPS (X-Forwarded-Proto). The database is
 * empty (no demo), so the set-up page, whose form starts a session, is the page asked for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "bansou.demo.enabled=false",
    "spring.datasource.url=jdbc:h2:mem:cookie-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"
})
class SecureCookieTest {

    @LocalServerPort int port;

    @Test
    void marksTheSessionCookieSecureBehindAnHttpsProxy() throws Exception {
        String cookie = sessionCookie(true);

        assertThat(cookie).contains("Secure").contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void leavesItHttpOnlyAndLaxOverPlainHttp() throws Exception {
        String cookie = sessionCookie(false);

        assertThat(cookie).doesNotContain("Secure").contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    private String sessionCookie(boolean behindHttps) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/setup"));
        if (behindHttps) {
            request.header("X-Forwarded-Proto", "https");
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    }
}
