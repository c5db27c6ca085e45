package jp.bansou.budget;

import jp.bansou.support.BansouSpringTest;

@BansouSpringTest
class BudgetOnH2Test extends BudgetContract {
}
