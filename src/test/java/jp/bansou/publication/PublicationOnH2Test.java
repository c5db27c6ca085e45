package jp.bansou.publication;

import jp.bansou.support.BansouSpringTest;

@BansouSpringTest
class PublicationOnH2Test extends PublicationContract {
}
