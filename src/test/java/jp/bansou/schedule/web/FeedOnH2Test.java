package jp.bansou.schedule.web;

import jp.bansou.support.BansouSpringTest;

@BansouSpringTest
class FeedOnH2Test extends FeedContract {
}
