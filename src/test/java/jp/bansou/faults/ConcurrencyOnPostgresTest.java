package jp.bansou.faults;

import jp.bansou.support.PostgresTest;

@PostgresTest
class ConcurrencyOnPostgresTest extends ConcurrencyContract {
}
