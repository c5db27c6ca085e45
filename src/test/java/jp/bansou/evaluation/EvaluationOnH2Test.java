package jp.bansou.evaluation;

import jp.bansou.support.BansouSpringTest;

@BansouSpringTest
class EvaluationOnH2Test extends EvaluationContract {
}
