package jp.bansou.faults;

import jp.bansou.support.PostgresTest;
import org.springframework.test.context.TestPropertySource;

/** A schema of its own (the extra property gives this class its own context): the clients commit. */
@PostgresTest
@TestPropertySource(properties = "bansou.test.database=concurrency")
class ConcurrencyOnPostgresTest extends ConcurrencyContract {
}
