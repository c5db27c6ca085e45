package jp.bansou.web;

import static org.assertj.core.api.Assertions.assertThat;

import jp.bansou.BansouApplication;
import jp.bansou.organization.OrganizationQueries;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application also runs without a web server: the import from the command line and the load
 * benchmark's loader start it so. Every bean must then do without the web's (a page renderer that
 * asked for Thymeleaf's view resolver at start once kept it from starting at all).
 */
class StartsWithoutWebServerTest {

    @Test
    void startsAsACommandWithoutAWebServer() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BansouApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.main.banner-mode=off", // arguments: above application.properties
                        "--spring.datasource.url=jdbc:h2:mem:no-web;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")) {
            assertThat(context.getBean(OrganizationQueries.class).anyAssociation()).as("the demo loaded").isTrue();
        }
    }
}
