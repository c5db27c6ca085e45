package jp.bansou.demo;

import jp.bansou.support.BansouSpringTest;

@BansouSpringTest
class SeedDataOnH2Test extends SeedDataContract {
}
