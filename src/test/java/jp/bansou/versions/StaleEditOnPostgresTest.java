package jp.bansou.versions;

import jp.bansou.support.PostgresTest;

@PostgresTest
class StaleEditOnPostgresTest extends StaleEditContract {
}
