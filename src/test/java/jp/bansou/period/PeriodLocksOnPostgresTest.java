package jp.bansou.period;

import jp.bansou.support.PostgresTest;

@PostgresTest
class PeriodLocksOnPostgresTest extends PeriodLocksContract {
}
