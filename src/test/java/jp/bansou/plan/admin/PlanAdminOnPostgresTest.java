package jp.bansou.plan.admin;

import jp.bansou.support.PostgresTest;

@PostgresTest
class PlanAdminOnPostgresTest extends PlanAdminContract {
}
