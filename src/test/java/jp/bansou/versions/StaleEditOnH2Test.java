package jp.bansou.versions;

import jp.bansou.support.BansouSpringTest;

@BansouSpringTest
class StaleEditOnH2Test extends StaleEditContract {
}
