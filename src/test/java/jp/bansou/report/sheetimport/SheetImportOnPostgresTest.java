package jp.bansou.report.sheetimport;

import jp.bansou.support.PostgresTest;

@PostgresTest
class SheetImportOnPostgresTest extends SheetImportContract {
}
