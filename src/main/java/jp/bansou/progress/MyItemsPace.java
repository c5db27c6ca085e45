package jp.bansou.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The pace of a person's items as of a date (today, or the year's last day once it is over): each
 * item's status as shown (a hand-set status while it stands, else the computed one; unknown for an
 * item without a target or a figure to date) and which of them are behind (遅れ), in table order.
 */
public record MyItemsPace(LocalDate asOf, Map<Long, ItemPace> paces) {

    public MyItemsPace {
        paces = Map.copyOf(paces);
    }

    public PaceStatus status(long itemYearId) {
        ItemPace pace = paces.get(itemYearId);
        return pace == null ? PaceStatus.UNKNOWN : pace.status();
    }

    /** The item's pace, or null where the year's table has no such row. */
    public ItemPace pace(long itemYearId) {
        return paces.get(itemYearId);
    }

    /** The person's items that are behind, in the order of their list. */
    public List<MyItem> behind(MyItems mine) {
        return mine.items().stream().filter(i -> status(i.itemYearId()) == PaceStatus.BEHIND).toList();
    }
}
