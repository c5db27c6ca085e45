package jp.bansou.progress;

import jp.bansou.support.BansouSpringTest;

@BansouSpringTest
class PaceQueriesOnH2Test extends PaceQueriesContract {
}
