package jp.bansou.schedule;

import java.util.List;
import java.util.Set;
import jp.bansou.organization.RoleHolder;

/**
 * A planned event as entered: business area, kind, title, when, place, people responsible (persons
 * or groups, as in item roles), the KPI items it serves, and a note.
 */
public record EventDraft(long areaId, long kindId, String title, PlannedWhen when, String place,
                         List<RoleHolder> holders, Set<Long> itemIds, String note) {

    public EventDraft {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("件名を入力してください");
        }
        title = title.strip();
        if (title.length() > 200) {
            throw new IllegalArgumentException("件名は200文字以内で入力してください");
        }
        if (when == null) {
            throw new IllegalArgumentException("予定の月または日付を入力してください");
        }
        place = place == null || place.isBlank() ? null : place.strip();
        note = note == null || note.isBlank() ? null : note.strip();
        holders = holders == null ? List.of() : List.copyOf(holders.stream().distinct().toList());
        itemIds = itemIds == null ? Set.of() : Set.copyOf(itemIds);
    }

    /** The same event at another time (one month of a recurring plan). */
    public EventDraft at(PlannedWhen other) {
        return new EventDraft(areaId, kindId, title, other, place, holders, itemIds, note);
    }
}
