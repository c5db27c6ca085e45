package jp.bansou.schedule;

import java.time.LocalDate;
import java.util.List;
import jp.bansou.shared.FiscalYear;

/**
 * A planned event as pages and the feed show it: area, kind, title, when, place, the names of the
 * people responsible and of its KPI items, status with the actual date, and its activity records.
 *
 * @param planId      the recurring plan it was expanded from, or null
 * @param holderKeys  the people responsible as {@link jp.bansou.organization.RoleHolder#key()} (s12, g3)
 */
public record ScheduleEvent(long id, FiscalYear fiscalYear, long areaId, String areaName, long kindId,
                            String kindName, Long planId, String title, PlannedWhen when, String place,
                            EventStatus status, LocalDate actualDate, String note, List<String> holderKeys,
                            List<String> holderNames, List<Long> itemIds, List<String> itemNames,
                            List<Long> recordIds) {

    public ScheduleEvent {
        holderKeys = List.copyOf(holderKeys);
        holderNames = List.copyOf(holderNames);
        itemIds = List.copyOf(itemIds);
        itemNames = List.copyOf(itemNames);
        recordIds = List.copyOf(recordIds);
    }

    /** Still 予定 (or 延期) though its planned time is over by {@code today}: pages make it stand out. */
    public boolean overdue(LocalDate today) {
        return (status == EventStatus.PLANNED || status == EventStatus.POSTPONED) && when.isOverBy(today);
    }

    /** The day the event is shown on: the actual date once held, else the planned start. */
    public LocalDate shownOn() {
        return actualDate != null ? actualDate : when.from();
    }
}
