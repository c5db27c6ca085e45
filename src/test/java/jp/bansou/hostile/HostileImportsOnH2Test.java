package jp.bansou.hostile;

import jp.bansou.support.BansouSpringTest;

@BansouSpringTest
class HostileImportsOnH2Test extends HostileImportsContract {
}
