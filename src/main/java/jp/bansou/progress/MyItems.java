package jp.bansou.progress;

import java.util.List;
import jp.bansou.shared.FiscalYear;

/**
 * A person's items of a fiscal year in table order; {@code staffLinked} is false for a login that is
 * no staff member (it has no items of its own).
 */
public record MyItems(FiscalYear year, boolean staffLinked, List<MyItem> items) {

    public MyItems {
        items = List.copyOf(items);
    }

    public List<MyItem> awaitingMyConfirmation() {
        return items.stream().filter(i -> i.awaitingMyConfirmation() > 0).toList();
    }

    public List<MyItem> returnedToMe() {
        return items.stream().filter(i -> i.returnedToMe() > 0).toList();
    }

    public List<MyItem> needingCheckIn() {
        return items.stream().filter(MyItem::needsCheckIn).toList();
    }
}
