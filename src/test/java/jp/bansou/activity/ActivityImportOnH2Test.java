package jp.bansou.activity;

import jp.bansou.support.BansouSpringTest;

@BansouSpringTest
class ActivityImportOnH2Test extends ActivityImportContract {
}
