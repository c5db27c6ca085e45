package jp.bansou.notification;

import jp.bansou.support.BansouSpringTest;

@BansouSpringTest
class NotificationsOnH2Test extends NotificationsContract {
}
