package jp.bansou.progress;

import jp.bansou.support.BansouSpringTest;

@BansouSpringTest
class CheckInAlertsOnH2Test extends CheckInAlertsContract {
}
