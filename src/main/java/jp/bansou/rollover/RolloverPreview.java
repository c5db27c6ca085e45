package jp.bansou.rollover;

import java.util.List;
import jp.bansou.plan.NextYearItem;
import jp.bansou.plan.TargetSource;
import jp.bansou.shared.FiscalYear;

/**
 * What rolling {@code from} over would create in {@code to}: the items with next year's target, and
 * per module how much is copied; {@code refused} when {@code to} has item-years already.
 *
 * @param sourceClosed   the source year is closed (締め); a rollover does not require it
 * @param rules          counting rules that apply to next year (they hold from a year on: nothing to copy)
 * @param gradeSteps     steps of the grading scale (one per association, not per year: nothing to copy)
 * @param events         this year's planned events that would be copied one year on
 * @param eventsThere    next year's events already entered (then none is copied)
 * @param budgetLines    this year's budget lines that would be copied (those next year lacks)
 */
public record RolloverPreview(FiscalYear from, FiscalYear to, boolean refused, boolean sourceClosed,
                              List<NextYearItem> items, int rules, int gradeSteps, int events, int eventsThere,
                              int budgetLines) {

    public RolloverPreview {
        items = List.copyOf(items);
    }

    public long itemsFrom(TargetSource source) {
        return items.stream().filter(i -> i.next().source() == source).count();
    }

    public int eventsToCopy() {
        return eventsThere > 0 ? 0 : events;
    }
}
