package jp.bansou.schedule;

import jp.bansou.support.BansouSpringTest;

@BansouSpringTest
class ScheduleOnH2Test extends ScheduleContract {
}
