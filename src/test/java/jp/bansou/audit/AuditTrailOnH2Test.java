package jp.bansou.audit;

import jp.bansou.support.BansouSpringTest;

@BansouSpringTest
class AuditTrailOnH2Test extends AuditTrailContract {
}
