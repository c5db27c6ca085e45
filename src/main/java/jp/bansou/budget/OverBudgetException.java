package jp.bansou.budget;

import jp.bansou.shared.Yen;

/**
 * A spending entry would take its line past the budget and no reason was given: the entry is not
 * stored; given again with a reason, it is.
 */
public class OverBudgetException extends RuntimeException {

    private final String line;
    private final Yen remaining;
    private final Yen exceededBy;

    public OverBudgetException(String line, Yen remaining, Yen exceededBy) {
        super("この支出で「" + line + "」の予算を" + exceededBy.format() + "超えます（残額 " + remaining.format()
                + "）。超過の理由を入力すると登録できます");
        this.line = line;
        this.remaining = remaining;
        this.exceededBy = exceededBy;
    }

    public String line() {
        return line;
    }

    public Yen remaining() {
        return remaining;
    }

    public Yen exceededBy() {
        return exceededBy;
    }
}
