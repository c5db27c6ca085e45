package jp.bansou.progress;

import jp.bansou.support.BansouSpringTest;

@BansouSpringTest
class SnapshotOnH2Test extends SnapshotContract {
}
