package jp.bansou.activity;

import jp.bansou.support.BansouSpringTest;

@BansouSpringTest
class ActivityQueriesOnH2Test extends ActivityQueriesContract {
}
