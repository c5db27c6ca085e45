package jp.bansou.budget.web;

import jp.bansou.support.PostgresTest;

@PostgresTest
class ExportOnPostgresTest extends ExportContract {
}
