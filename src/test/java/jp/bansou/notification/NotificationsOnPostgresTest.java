package jp.bansou.notification;

import jp.bansou.support.PostgresTest;

@PostgresTest
class NotificationsOnPostgresTest extends NotificationsContract {
}
