package jp.bansou.activity;

import jp.bansou.support.PostgresTest;

@PostgresTest
class ActivityImportOnPostgresTest extends ActivityImportContract {
}
