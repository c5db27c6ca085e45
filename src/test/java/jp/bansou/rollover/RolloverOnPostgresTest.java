package jp.bansou.rollover;

import jp.bansou.support.PostgresTest;

@PostgresTest
class RolloverOnPostgresTest extends RolloverContract {
}
