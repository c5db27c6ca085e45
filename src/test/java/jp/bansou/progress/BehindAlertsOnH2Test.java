package jp.bansou.progress;

import jp.bansou.support.BansouSpringTest;

@BansouSpringTest
class BehindAlertsOnH2Test extends BehindAlertsContract {
}
