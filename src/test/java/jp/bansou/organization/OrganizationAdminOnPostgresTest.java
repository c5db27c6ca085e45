package jp.bansou.organization;

import jp.bansou.support.PostgresTest;

@PostgresTest
class OrganizationAdminOnPostgresTest extends OrganizationAdminContract {
}
