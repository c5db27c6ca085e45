package jp.bansou.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Writes the whole H2 database as one compressed SQL script ({@code SCRIPT TO … COMPRESSION ZIP}),
 * taken in one statement so it is consistent while users keep working; restored into an empty
 * database with {@code RUNSCRIPT FROM … COMPRESSION ZIP}. On PostgreSQL there is nothing to do here:
 * {@code pg_dump -Fc} is the backup (README).
 */
@Service
public class DatabaseBackup {

    private static final Logger log = LoggerFactory.getLogger(DatabaseBackup.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final DataSource dataSource;
    private final boolean h2;
    private final Path directory;
    private final Clock clock;

    DatabaseBackup(DataSource dataSource, Clock clock,
                   @Value("${bansou.backup.directory:./backups}") Path directory) {
        this.dataSource = dataSource;
        this.h2 = isH2(dataSource);
        this.directory = directory;
        this.clock = clock;
    }

    /** Whether the application can back its database up itself (H2); PostgreSQL uses pg_dump. */
    public boolean supported() {
        return h2;
    }

    /** Takes a backup into the backup directory as bansou-YYYYMMDD-HHmmss.zip and returns the file. */
    public Path backUp() {
        if (!h2) {
            throw new IllegalStateException("PostgreSQL のバックアップは pg_dump で取ってください（README）");
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = directory.resolve("bansou-" + STAMP.format(LocalDateTime.now(clock)) + ".zip").toAbsolutePath();
        // A connection of its own, outside any caller's transaction: the script holds committed data only,
        // and H2 would otherwise end the caller's transaction. The file name is ours (directory + timestamp);
        // quotes are doubled all the same.
        try (Connection c = dataSource.getConnection(); Statement statement = c.createStatement()) {
            statement.execute("SCRIPT TO '" + file.toString().replace("'", "''") + "' COMPRESSION ZIP");
        } catch (SQLException e) {
            throw new IllegalStateException("バックアップを書けませんでした: " + file, e);
        }
        log.info("database backup written to {}", file);
        return file;
    }

    private static boolean isH2(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().contains("H2");
        } catch (SQLException e) {
            throw new IllegalStateException("database product", e);
        }
    }
}
