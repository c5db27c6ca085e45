package jp.bansou.budget;

/** The lines of one business area or one category added up (by the database). */
public record BudgetSum(long id, String name, LineBalance balance) {
}
