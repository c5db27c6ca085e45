package jp.bansou.period;

import jp.bansou.support.BansouSpringTest;

@BansouSpringTest
class PeriodLocksOnH2Test extends PeriodLocksContract {
}
