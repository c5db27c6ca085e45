package jp.bansou.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import jp.bansou.support.PostgresSchema;
import jp.bansou.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The README's PostgreSQL backup: {@code pg_dump -Fc} of the application's schema, {@code pg_restore}
 * into a new, empty database; every table holds the same rows. Skipped, saying so, without the binaries.
 */
@PostgresTest
class BackupOnPostgresTest {

    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/([^?]+).*");

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;

    @TempDir Path dir;

    @Test
    void restoresAPgDumpIntoAnEmptyDatabaseWithEveryRowTheSame() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/pg_dump")) && Files.isExecutable(Path.of("/usr/bin/pg_restore")),
                "pg_dump/pg_restore not installed: PostgreSQL backup test skipped");
        String url = System.getenv(PostgresSchema.URL_VARIABLE);
        String user = System.getenv().getOrDefault("BANSOU_TEST_POSTGRES_USER", "postgres");
        String password = System.getenv().getOrDefault("BANSOU_TEST_POSTGRES_PASSWORD", "");
        Matcher m = URL.matcher(url);
        assertThat(m.matches()).as("a jdbc:postgresql://host[:port]/database URL").isTrue();
        String host = m.group(1);
        String port = m.group(2) == null ? "5432" : m.group(2);
        String schema = jdbc.sql("SELECT current_schema()").query(String.class).single();
        Path dump = dir.resolve("bansou.dump");
        run(password, "pg_dump", "-Fc", "-h", host, "-p", port, "-U", user, "-n", schema, "-f", dump.toString(), m.group(3));

        String database = "bansou_restore_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(url, user, password, "CREATE DATABASE " + database);
        try {
            run(password, "pg_restore", "-h", host, "-p", port, "-U", user, "-d", database, "--no-owner", dump.toString());
            Map<String, List<String>> original;
            try (Connection c = dataSource.getConnection()) {
                original = TableDump.of(c, schema);
            }
            String restoredUrl = url.replaceFirst("/" + Pattern.quote(m.group(3)) + "(\\?|$)", "/" + database + "$1");
            try (Connection restored = DriverManager.getConnection(restoredUrl, user, password)) {
                Map<String, List<String>> copy = TableDump.of(restored, schema);
                assertThat(copy.get("item_year")).isNotEmpty();
                assertThat(copy).isEqualTo(original);
            }
        } finally {
            execute(url, user, password, "DROP DATABASE IF EXISTS " + database);
        }
    }

    private static void run(String password, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true);
        if (!password.isEmpty()) {
            builder.environment().put("PGPASSWORD", password);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
    }

    private static void execute(String url, String user, String password, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
