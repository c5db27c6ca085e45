package jp.bansou.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import jp.bansou.activity.ActivityImports;
import jp.bansou.activity.ImportProgress;
import jp.bansou.activity.ImportResult;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.support.DemoUsers;
import jp.bansou.support.PostgresSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * PostgreSQL going away in the middle of a large import (the connection cut by a proxy; the server
 * itself, shared with other tests, keeps running): the import ends with a clear message, leaves no
 * batch and no record, the health endpoint says DOWN, and once the connection is back the
 * application works again (UP, the next import succeeds) without a restart.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = ".+",
        disabledReason = "BANSOU_TEST_POSTGRES_URL is not set: PostgreSQL tests skipped (.ci/run sets it)")
@ContextConfiguration(initializers = ProxiedPostgres.class)
@TestPropertySource(properties = {
    "spring.datasource.hikari.connection-timeout=2000",
    "spring.datasource.hikari.validation-timeout=1000",
    "bansou.import.max-bytes=500MB"
})
class DatabaseAwayOnPostgresTest {

    private static final int LARGE = 300_000;

    @Autowired MockMvc mvc;
    @Autowired ActivityImports imports;
    @Autowired OrganizationQueries organization;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;

    @TempDir Path dir;

    @Test
    void importStopsCleanlyWhileTheDatabaseIsAwayAndTheApplicationRecoversWithoutRestart() throws Exception {
        long association = organization.associationIdByCode("kure-koiki").orElseThrow();
        var admin = new DemoUsers(users).as("admin"); // read while the database is there
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP")).andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health").with(admin)).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"));
        long recordsBefore = count("SELECT COUNT(*) FROM activity_record");
        long batchesBefore = count("SELECT COUNT(*) FROM import_batch");
        Path large = dir.resolve("large.csv");
        FaultFiles.records(large, LARGE, 7);

        ImportProgress progress = new ImportProgress(Files.size(large));
        CompletableFuture<ImportResult> running = CompletableFuture.supplyAsync(
                () -> imports.importFile(FaultFiles.request(association, large), progress));
        waitFor(Duration.ofMinutes(2), () -> progress.snapshot().rows() > LARGE / 10 || running.isDone());
        assertThat(running).as("the import was still running when the connection was cut").isNotDone();
        ProxiedPostgres.proxy().cut();
        ImportResult failed = running.get(3, TimeUnit.MINUTES);

        assertThat(failed.imported()).isFalse();
        assertThat(failed.errors()).singleElement().satisfies(e -> assertThat(e.message())
                .contains("データベースとの接続が切れた", "large.csv", "何も登録されていません"));
        mvc.perform(get("/actuator/health")).andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.status").value("DOWN")).andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health").with(admin))
                .andExpect(status().isServiceUnavailable()).andExpect(jsonPath("$.components.db.status").value("DOWN"));

        ProxiedPostgres.proxy().restore();
        waitFor(Duration.ofSeconds(60), () -> mvc.perform(get("/actuator/health")).andReturn()
                .getResponse().getStatus() == 200);
        assertThat(count("SELECT COUNT(*) FROM import_batch")).isEqualTo(batchesBefore);
        assertThat(count("SELECT COUNT(*) FROM activity_record")).isEqualTo(recordsBefore);
        Path small = dir.resolve("small.csv");
        FaultFiles.records(small, 100, 8);
        ImportResult next = imports.importFile(FaultFiles.request(association, small));
        assertThat(next.imported()).isTrue();
        assertThat(next.stored()).isEqualTo(100);
        assertThat(count("SELECT COUNT(*) FROM activity_record")).isEqualTo(recordsBefore + 100);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static void waitFor(Duration limit, Condition condition) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not reached within " + limit);
            }
            Thread.sleep(20);
        }
    }

    private interface Condition {
        boolean holds() throws Exception;
    }
}
