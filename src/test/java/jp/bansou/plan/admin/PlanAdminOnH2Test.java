package jp.bansou.plan.admin;

import jp.bansou.support.BansouSpringTest;

@BansouSpringTest
class PlanAdminOnH2Test extends PlanAdminContract {
}
