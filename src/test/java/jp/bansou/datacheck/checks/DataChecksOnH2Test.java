package jp.bansou.datacheck.checks;

import jp.bansou.support.BansouSpringTest;

@BansouSpringTest
class DataChecksOnH2Test extends DataChecksContract {
}
