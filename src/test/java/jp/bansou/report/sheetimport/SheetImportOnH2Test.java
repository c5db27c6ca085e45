package jp.bansou.report.sheetimport;

import jp.bansou.support.BansouSpringTest;

@BansouSpringTest
class SheetImportOnH2Test extends SheetImportContract {
}
