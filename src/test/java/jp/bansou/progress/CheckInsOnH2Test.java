package jp.bansou.progress;

import jp.bansou.support.BansouSpringTest;

@BansouSpringTest
class CheckInsOnH2Test extends CheckInsContract {
}
