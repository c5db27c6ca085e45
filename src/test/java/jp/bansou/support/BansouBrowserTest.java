package jp.bansou.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application on a random port with its own in-memory H2 database (the same settings
 * as {@link BansouSpringTest}), for a real browser; skipped, saying so, where Debian's chromedriver
 * is not installed. What the browser saves stays in this context's database. A failing test leaves
 * screenshots of its browsers under target/browser-screenshots.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:mem:bansou-browser-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
})
@EnabledIf(value = "jp.bansou.support.Browser#isInstalled",
        disabledReason = "/usr/bin/chromedriver or /usr/bin/chromium is missing: browser tests skipped "
                + "(apt-get install chromium chromium-driver fonts-ipaexfont-gothic)")
@ExtendWith(BrowserScreenshots.class)
public @interface BansouBrowserTest {
}
