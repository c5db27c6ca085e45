package jp.bansou.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.bansou.support.PostgresSchema;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * As {@link PostgresSchema}, a fresh schema on the test server, but the application reaches it only
 * through a {@link TcpProxy} the test can cut and restore ({@link #proxy()}).
 */
public class ProxiedPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/([^?]+)(\\?.*)?");
    private static volatile TcpProxy proxy;

    static TcpProxy proxy() {
        return proxy;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = System.getenv(PostgresSchema.URL_VARIABLE);
        String user = System.getenv().getOrDefault("BANSOU_TEST_POSTGRES_USER", "postgres");
        String password = System.getenv().getOrDefault("BANSOU_TEST_POSTGRES_PASSWORD", "");
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalStateException("not a jdbc:postgresql://host[:port]/database URL: " + url);
        }
        String schema = "bansou_faults_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(url, user, password, "CREATE SCHEMA " + schema);
        try {
            proxy = new TcpProxy(m.group(1), m.group(2) == null ? 5432 : Integer.parseInt(m.group(2)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String proxied = "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + m.group(3)
                + "?currentSchema=" + schema + "&connectTimeout=3&socketTimeout=60";
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("proxied-postgres", Map.of(
                "spring.datasource.url", proxied,
                "spring.datasource.username", user,
                "spring.datasource.password", password)));
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                proxy.close();
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
