package jp.bansou.activity;

import jp.bansou.support.PostgresTest;

@PostgresTest
class ActivityQueriesOnPostgresTest extends ActivityQueriesContract {
}
