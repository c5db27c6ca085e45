package jp.bansou.apitoken;

import jp.bansou.support.PostgresTest;

@PostgresTest
class ApiTokensOnPostgresTest extends ApiTokensContract {
}
