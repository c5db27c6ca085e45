package jp.bansou.schedule;

import jp.bansou.support.PostgresTest;

@PostgresTest
class ScheduleOnPostgresTest extends ScheduleContract {
}
