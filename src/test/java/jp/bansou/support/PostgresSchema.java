package jp.bansou.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test context at a new, empty schema on the test PostgreSQL server, so Flyway migrates
 * from scratch and the demo data loads as on a first start; the schema is dropped when the context closes.
 */
public class PostgresSchema implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String URL_VARIABLE = "BANSOU_TEST_POSTGRES_URL";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = System.getenv(URL_VARIABLE);
        String user = System.getenv().getOrDefault("BANSOU_TEST_POSTGRES_USER", "postgres");
        String password = System.getenv().getOrDefault("BANSOU_TEST_POSTGRES_PASSWORD", "");
        String schema = "bansou_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(url, user, password, "CREATE SCHEMA " + schema);
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgres-test", Map.of(
                "spring.datasource.url", schemaUrl,
                "spring.datasource.username", user,
                "spring.datasource.password", password)));
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                execute(url, user, password, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        });
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test schema: " + sql, e);
        }
    }
}
