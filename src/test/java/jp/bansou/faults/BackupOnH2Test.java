package jp.bansou.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The admin's backup of the H2 database, restored with RUNSCRIPT into a new, empty database, holds
 * the same rows in every table (the target table included); only admins may take one.
 */
@BansouSpringTest
@TestPropertySource(properties = "bansou.backup.directory=target/test-backups")
class BackupOnH2Test {

    @Autowired MockMvc mvc;
    @Autowired DataSource dataSource;
    @Autowired UserDetailsService users;

    @Test
    void restoresABackupIntoAnEmptyDatabaseWithEveryRowTheSame() throws Exception {
        String file = (String) mvc.perform(post("/admin/backup").with(csrf()).with(new DemoUsers(users).as("admin")))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("file"))
                .andReturn().getFlashMap().get("file");
        assertThat(Path.of(file)).exists().hasFileName(Path.of(file).getFileName().toString());
        assertThat(Path.of(file).getFileName().toString()).matches("bansou-\\d{8}-\\d{6}\\.zip");

        Map<String, List<String>> original;
        try (Connection c = dataSource.getConnection()) {
            original = TableDump.of(c, "public");
        }
        String restoredUrl = "jdbc:h2:mem:restore-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        try (Connection restored = DriverManager.getConnection(restoredUrl, "sa", "")) {
            assertThat(TableDump.of(restored, "public")).isEmpty();
            restored.createStatement().execute("RUNSCRIPT FROM '" + file + "' COMPRESSION ZIP");
            Map<String, List<String>> copy = TableDump.of(restored, "public");
            assertThat(copy.keySet()).contains("item_year", "activity_record", "audit_entry");
            assertThat(copy.get("item_year")).isNotEmpty();
            assertThat(copy).isEqualTo(original);
        }
        Files.deleteIfExists(Path.of(file));
    }

    @Test
    void onlyAdminsTakeBackups() throws Exception {
        mvc.perform(get("/admin/backup").with(new DemoUsers(users).as("admin"))).andExpect(status().isOk());
        mvc.perform(post("/admin/backup").with(csrf()).with(new DemoUsers(users).as("sasaki")))
                .andExpect(status().isForbidden());
    }
}
