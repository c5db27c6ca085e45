package jp.bansou.report;

import jp.bansou.support.BansouSpringTest;

@BansouSpringTest
class NationalReportOnH2Test extends NationalReportContract {
}
