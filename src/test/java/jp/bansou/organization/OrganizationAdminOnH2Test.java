package jp.bansou.organization;

import jp.bansou.support.BansouSpringTest;

@BansouSpringTest
class OrganizationAdminOnH2Test extends OrganizationAdminContract {
}
