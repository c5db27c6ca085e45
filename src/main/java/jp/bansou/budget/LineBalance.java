package jp.bansou.budget;

import java.util.Optional;
import jp.bansou.shared.Percentage;
import jp.bansou.shared.Yen;

/**
 * A budget line's (or a sum of lines') money: the budget as set, transfers in and out, and what was
 * spent (reversals included, so they net out). The current budget is budget + in − out; remaining is
 * current − spent; the execution rate is spent ÷ current budget, HALF_UP to 0.1%.
 */
public record LineBalance(Yen budget, Yen transfersIn, Yen transfersOut, Yen spent) {

    public static final LineBalance EMPTY = new LineBalance(Yen.ZERO, Yen.ZERO, Yen.ZERO, Yen.ZERO);

    public LineBalance {
        if (budget == null || transfersIn == null || transfersOut == null || spent == null) {
            throw new IllegalArgumentException("金額は必須です");
        }
    }

    public static LineBalance of(long budget, long transfersIn, long transfersOut, long spent) {
        return new LineBalance(Yen.of(budget), Yen.of(transfersIn), Yen.of(transfersOut), Yen.of(spent));
    }

    /** The budget after transfers. */
    public Yen current() {
        return budget.plus(transfersIn).minus(transfersOut);
    }

    public Yen remaining() {
        return current().minus(spent);
    }

    public boolean overspent() {
        return remaining().isNegative();
    }

    /** How far spending {@code amount} more would take the line past its budget; empty when it stays within. */
    public Optional<Yen> exceededBy(Yen amount) {
        Yen after = remaining().minus(amount);
        return after.isNegative() ? Optional.of(after.negate()) : Optional.empty();
    }

    public Optional<Percentage> executionRate() {
        return Percentage.of(spent.amount(), current().amount(), 1);
    }

    /** 71.3%; empty text where the current budget is zero. */
    public String executionRateText() {
        return executionRate().map(Percentage::format).orElse("");
    }
}
