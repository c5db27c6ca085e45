package jp.bansou.hostile;

import jp.bansou.support.PostgresTest;

@PostgresTest
class HostileImportsOnPostgresTest extends HostileImportsContract {
}
