package jp.bansou.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application on an in-memory H2 database (PostgreSQL mode, as the file database runs),
 * migrated by Flyway and filled with the demo data. Classes with this annotation share one context
 * and one database: tests that write roll back with {@code @Transactional}. Imports started from the
 * pages run in the request's thread here, inside the test's transaction.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {
    "bansou.import.in-background=false",
    "bansou.backup.directory=target/test-backups",
    "spring.datasource.url=jdbc:h2:mem:bansou-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
})
public @interface BansouSpringTest {
}
