package jp.bansou.report;

import jp.bansou.support.PostgresTest;

@PostgresTest
class NationalReportOnPostgresTest extends NationalReportContract {
}
