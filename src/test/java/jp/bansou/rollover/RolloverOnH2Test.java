package jp.bansou.rollover;

import jp.bansou.support.BansouSpringTest;

@BansouSpringTest
class RolloverOnH2Test extends RolloverContract {
}
