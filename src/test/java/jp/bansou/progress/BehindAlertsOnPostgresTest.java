package jp.bansou.progress;

import jp.bansou.support.PostgresTest;

@PostgresTest
class BehindAlertsOnPostgresTest extends BehindAlertsContract {
}
