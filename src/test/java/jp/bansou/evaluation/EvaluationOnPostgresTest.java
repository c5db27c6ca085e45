package jp.bansou.evaluation;

import jp.bansou.support.PostgresTest;

@PostgresTest
class EvaluationOnPostgresTest extends EvaluationContract {
}
