package jp.bansou.setup;

import jp.bansou.support.PostgresTest;
import org.springframework.test.context.TestPropertySource;

@PostgresTest
@TestPropertySource(properties = "bansou.demo.enabled=false")
class FirstSetupOnPostgresTest extends FirstSetupContract {
}
