package jp.bansou.demo;

import jp.bansou.support.PostgresTest;

@PostgresTest
class SeedDataOnPostgresTest extends SeedDataContract {
}
