package jp.bansou.progress;

import jp.bansou.support.BansouSpringTest;

@BansouSpringTest
class ProgressAuditOnH2Test extends ProgressAuditContract {
}
