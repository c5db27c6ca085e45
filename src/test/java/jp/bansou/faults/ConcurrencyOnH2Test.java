package jp.bansou.faults;

import jp.bansou.support.BansouSpringTest;
import org.springframework.test.context.TestPropertySource;

/**
 * A database of its own, where the clients commit, with the lock timeout of the application's H2
 * URL (application.properties): H2's default of one second is shorter than a busy recount.
 */
@BansouSpringTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:bansou-concurrency;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
class ConcurrencyOnH2Test extends ConcurrencyContract {
}
