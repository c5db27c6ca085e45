package jp.bansou.budget;

/** A budget line, category or spending entry that does not exist in the association (the web layer answers 404). */
public class BudgetNotFoundException extends RuntimeException {

    public BudgetNotFoundException(String what, long id) {
        super(what + "が見つかりません: " + id);
    }
}
