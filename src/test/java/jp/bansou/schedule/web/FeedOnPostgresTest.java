package jp.bansou.schedule.web;

import jp.bansou.support.PostgresTest;

@PostgresTest
class FeedOnPostgresTest extends FeedContract {
}
