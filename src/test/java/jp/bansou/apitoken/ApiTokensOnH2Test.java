package jp.bansou.apitoken;

import jp.bansou.support.BansouSpringTest;

@BansouSpringTest
class ApiTokensOnH2Test extends ApiTokensContract {
}
