package jp.bansou.schedule.internal;

import java.time.LocalDate;
import java.util.List;
import jp.bansou.organization.RoleHolder;
import jp.bansou.schedule.EventDraft;
import jp.bansou.schedule.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Writes planned events, their items, people responsible and linked records, and recurring plans. */
@Repository
public class EventStore {

    private final JdbcClient jdbc;

    EventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertPlan(long associationId, int fiscalYear, String recurrence) {
        return insertReturningId(jdbc.sql(
                "INSERT INTO schedule_plan (association_id, fiscal_year, recurrence) VALUES (?, ?, ?)")
                .params(associationId, fiscalYear, recurrence));
    }

    public long insert(long associationId, EventDraft draft, Long planId) {
        long id = insertReturningId(jdbc.sql("""
                INSERT INTO schedule_event (association_id, fiscal_year, area_id, kind_id, plan_id, title,
                    planned_from, planned_to, whole_month, place, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(associationId, draft.when().fiscalYear().startYear(), draft.areaId(), draft.kindId(), planId,
                        draft.title(), draft.when().from(), draft.when().to(), draft.when().wholeMonth(),
                        draft.place(), draft.note()));
        writeLinks(id, draft);
        return id;
    }

    /**
     * Copies the year's recurring plans and planned events one year on, as planned (no status, date
     * held or linked records), with their items and people responsible. Returns the events copied.
     */
    public int copyYear(long associationId, int from, int to) {
        java.util.Map<Long, Long> plans = new java.util.HashMap<>();
        jdbc.sql("SELECT id, recurrence FROM schedule_plan WHERE association_id = ? AND fiscal_year = ?")
                .params(associationId, from)
                .query((rs, n) -> java.util.Map.entry(rs.getLong("id"), rs.getString("recurrence"))).list()
                .forEach(p -> plans.put(p.getKey(), insertPlan(associationId, to, p.getValue())));
        List<YearEvent> events = jdbc.sql("""
                SELECT id, area_id, kind_id, plan_id, title, planned_from, planned_to, whole_month, place, note
                FROM schedule_event WHERE association_id = ? AND fiscal_year = ? ORDER BY planned_from, id""")
                .params(associationId, from)
                .query((rs, n) -> new YearEvent(rs.getLong("id"), rs.getLong("area_id"), rs.getLong("kind_id"),
                        rs.getObject("plan_id", Long.class), rs.getString("title"),
                        rs.getObject("planned_from", LocalDate.class), rs.getObject("planned_to", LocalDate.class),
                        rs.getBoolean("whole_month"), rs.getString("place"), rs.getString("note")))
                .list();
        events.forEach(e -> copyEvent(associationId, to, e, e.planId() == null ? null : plans.get(e.planId())));
        return events.size();
    }

    private void copyEvent(long associationId, int fiscalYear, YearEvent e, Long planId) {
        LocalDate from = e.from().plusYears(1);
        LocalDate to = e.wholeMonth() ? java.time.YearMonth.from(from).atEndOfMonth() : e.to().plusYears(1);
        long id = insertReturningId(jdbc.sql("""
                INSERT INTO schedule_event (association_id, fiscal_year, area_id, kind_id, plan_id, title,
                    planned_from, planned_to, whole_month, place, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(associationId, fiscalYear, e.areaId(), e.kindId(), planId, e.title(), from, to,
                        e.wholeMonth(), e.place(), e.note()));
        jdbc.sql("INSERT INTO schedule_event_item (event_id, item_id) SELECT ?, item_id FROM schedule_event_item WHERE event_id = ?")
                .params(id, e.id()).update();
        jdbc.sql("""
                INSERT INTO schedule_event_holder (event_id, position, staff_member_id, staff_group_id)
                SELECT ?, position, staff_member_id, staff_group_id FROM schedule_event_holder WHERE event_id = ?""")
                .params(id, e.id()).update();
    }

    public int eventCount(long associationId, int fiscalYear) {
        return jdbc.sql("SELECT COUNT(*) FROM schedule_event WHERE association_id = ? AND fiscal_year = ?")
                .params(associationId, fiscalYear).query(Integer.class).single();
    }

    /** Rewrites the event if it is still at {@code expectedVersion}; false, changing nothing, if not. */
    public boolean update(long id, int expectedVersion, EventDraft draft) {
        int updated = jdbc.sql("""
                UPDATE schedule_event SET fiscal_year = ?, area_id = ?, kind_id = ?, title = ?, planned_from = ?,
                    planned_to = ?, whole_month = ?, place = ?, note = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(draft.when().fiscalYear().startYear(), draft.areaId(), draft.kindId(), draft.title(),
                        draft.when().from(), draft.when().to(), draft.when().wholeMonth(), draft.place(),
                        draft.note(), id, expectedVersion)
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM schedule_event_item WHERE event_id = ?").param(id).update();
        jdbc.sql("DELETE FROM schedule_event_holder WHERE event_id = ?").param(id).update();
        writeLinks(id, draft);
        return true;
    }

    public void setOutcome(long id, Outcome outcome) {
        jdbc.sql("UPDATE schedule_event SET status = ?, actual_date = ?, version = version + 1 WHERE id = ?")
                .params(outcome.status().name(), outcome.actualDate(), id).update();
    }

    public void linkRecord(long id, long recordId) {
        jdbc.sql("""
                INSERT INTO schedule_event_record (event_id, record_id)
                SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM schedule_event_record WHERE event_id = ? AND record_id = ?)""")
                .params(id, recordId, id, recordId).update();
    }

    /** The record's date when it belongs to the association, else null. */
    public LocalDate recordDate(long associationId, long recordId) {
        return jdbc.sql("SELECT activity_date FROM activity_record WHERE association_id = ? AND id = ?")
                .params(associationId, recordId).query(LocalDate.class).optional().orElse(null);
    }

    public boolean areaBelongsTo(long associationId, long areaId) {
        return count("SELECT COUNT(*) FROM business_area WHERE association_id = ? AND id = ?", associationId, areaId);
    }

    public boolean itemsBelongTo(long associationId, java.util.Set<Long> itemIds) {
        return itemIds.isEmpty() || jdbc.sql("SELECT COUNT(*) FROM kpi_item WHERE association_id = :a AND id IN (:ids)")
                .param("a", associationId).param("ids", itemIds).query(Long.class).single() == itemIds.size();
    }

    private void writeLinks(long id, EventDraft draft) {
        draft.itemIds().forEach(item ->
                jdbc.sql("INSERT INTO schedule_event_item (event_id, item_id) VALUES (?, ?)").params(id, item).update());
        List<RoleHolder> holders = draft.holders();
        for (int i = 0; i < holders.size(); i++) {
            jdbc.sql("""
                    INSERT INTO schedule_event_holder (event_id, position, staff_member_id, staff_group_id)
                    VALUES (?, ?, ?, ?)""")
                    .params(id, i, holders.get(i).staffMemberId(), holders.get(i).staffGroupId()).update();
        }
    }

    private boolean count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single() > 0;
    }

    private record YearEvent(long id, long areaId, long kindId, Long planId, String title, LocalDate from,
                             LocalDate to, boolean wholeMonth, String place, String note) {
    }

    private static long insertReturningId(JdbcClient.StatementSpec statement) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        statement.update(keys, "id");
        return keys.getKey().longValue();
    }
}
