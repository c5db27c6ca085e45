package jp.bansou.publication;

import jp.bansou.support.PostgresTest;

@PostgresTest
class PublicationOnPostgresTest extends PublicationContract {
}
