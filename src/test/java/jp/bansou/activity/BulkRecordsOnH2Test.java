package jp.bansou.activity;

import jp.bansou.support.BansouSpringTest;

@BansouSpringTest
class BulkRecordsOnH2Test extends BulkRecordsContract {
}
