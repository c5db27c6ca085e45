package jp.bansou.datacheck.checks;

import jp.bansou.support.PostgresTest;

@PostgresTest
class DataChecksOnPostgresTest extends DataChecksContract {
}
