package jp.bansou.report;

import jp.bansou.support.BansouSpringTest;

@BansouSpringTest
class TargetTablePdfOnH2Test extends TargetTablePdfContract {
}
