package jp.bansou.faults;

import jp.bansou.support.BansouSpringTest;
import org.springframework.test.context.TestPropertySource;

/**
 * A database of its own, where the clients commit. H2's default lock timeout of one second is shorter
 * than a busy recount (the application's URL sets 10 s); here 60 s, because the 50 clients' recounts
 * queue one behind the other on a build machine whose two cores other builds share, and the test is
 * about lost updates and deadlocks, not about how long the queue takes.
 */
@BansouSpringTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:bansou-concurrency;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000")
class ConcurrencyOnH2Test extends ConcurrencyContract {
}
