package jp.bansou.progress;

import jp.bansou.support.BansouSpringTest;

@BansouSpringTest
class GradingQueriesOnH2Test extends GradingQueriesContract {
}
