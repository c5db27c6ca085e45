package jp.bansou.budget.web;

import jp.bansou.support.BansouSpringTest;

@BansouSpringTest
class ExportOnH2Test extends ExportContract {
}
