package jp.bansou.report;

import jp.bansou.support.BansouSpringTest;

@BansouSpringTest
class TargetTableXlsxOnH2Test extends TargetTableXlsxContract {
}
