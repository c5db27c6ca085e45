package jp.bansou.schedule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.schedule.internal.KindStore;
import jp.bansou.shared.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of the schedule: the events of a year (grid, calendar, list), one event, the events of a
 * person (their feed: held in person or through a group), the kinds and the areas. Each read is one
 * query for the events and one per linked list (people, items, records), never one per event.
 */
@Service
@Transactional(readOnly = true)
public class ScheduleQueries {

    private static final String EVENTS = """
            SELECT e.id, e.fiscal_year, e.area_id, a.name AS area_name, e.kind_id, k.name AS kind_name, e.plan_id,
                   e.title, e.planned_from, e.planned_to, e.whole_month, e.place, e.status, e.actual_date, e.note
            FROM schedule_event e JOIN business_area a ON a.id = e.area_id JOIN schedule_kind k ON k.id = e.kind_id
            WHERE e.association_id = :association AND\s""";
    private static final String IDS = "SELECT e.id FROM schedule_event e WHERE e.association_id = :association AND ";
    private static final String ORDER = " ORDER BY e.planned_from, a.display_order, e.id";
    private static final String PERSON = """
            (EXISTS (SELECT 1 FROM schedule_event_holder h WHERE h.event_id = e.id AND (h.staff_member_id = :staff
               OR h.staff_group_id IN (:groups))))""";

    private final JdbcClient jdbc;
    private final KindStore kinds;
    private final OrganizationQueries organization;

    ScheduleQueries(JdbcClient jdbc, KindStore kinds, OrganizationQueries organization) {
        this.jdbc = jdbc;
        this.kinds = kinds;
        this.organization = organization;
    }

    /** The year's events, by planned start. */
    public List<ScheduleEvent> events(long associationId, FiscalYear year) {
        return load("e.fiscal_year = :year", Map.of("association", associationId, "year", year.startYear()));
    }

    public Optional<ScheduleEvent> event(long associationId, long eventId) {
        return load("e.id = :id", Map.of("association", associationId, "id", eventId)).stream().findFirst();
    }

    /** The version an edit of the event must quote (optimistic locking); 0 where there is no such event. */
    public int version(long associationId, long eventId) {
        return jdbc.sql("SELECT version FROM schedule_event WHERE association_id = ? AND id = ?")
                .params(associationId, eventId).query(Integer.class).optional().orElse(0);
    }

    /** Every event of the association (the association's feed). */
    public List<ScheduleEvent> all(long associationId) {
        return load("1 = 1", Map.of("association", associationId));
    }

    /** The events a staff member is responsible for, in person or as a member of a group (their feed). */
    public List<ScheduleEvent> of(long associationId, long staffMemberId) {
        List<Long> groups = new ArrayList<>(organization.groupIdsOf(staffMemberId));
        groups.add(-1L);
        return load(PERSON, Map.of("association", associationId, "staff", staffMemberId, "groups", groups));
    }

    public List<ScheduleKind> kinds(long associationId) {
        return kinds.all(associationId);
    }

    public List<AreaRef> areas(long associationId) {
        return jdbc.sql("SELECT id, name FROM business_area WHERE association_id = ? ORDER BY display_order, id")
                .param(associationId).query((rs, n) -> new AreaRef(rs.getLong("id"), rs.getString("name"))).list();
    }

    /** The fiscal years that have events, newest last. */
    public List<FiscalYear> years(long associationId) {
        return jdbc.sql("SELECT DISTINCT fiscal_year FROM schedule_event WHERE association_id = ? ORDER BY fiscal_year")
                .param(associationId).query(Integer.class).list().stream().map(FiscalYear::of).toList();
    }

    private List<ScheduleEvent> load(String where, Map<String, Object> params) {
        Map<Long, List<String[]>> holders = children("""
                SELECT h.event_id, CASE WHEN h.staff_member_id IS NULL THEN 'g' || h.staff_group_id
                       ELSE 's' || h.staff_member_id END AS k, COALESCE(s.name, g.name) AS v
                FROM schedule_event_holder h LEFT JOIN staff_member s ON s.id = h.staff_member_id
                LEFT JOIN staff_group g ON g.id = h.staff_group_id
                WHERE h.event_id IN (%s) ORDER BY h.event_id, h.position""", where, params);
        Map<Long, List<String[]>> items = children("""
                SELECT i.event_id, CAST(i.item_id AS VARCHAR(20)) AS k, p.name AS v FROM schedule_event_item i
                JOIN kpi_item p ON p.id = i.item_id WHERE i.event_id IN (%s) ORDER BY i.event_id, p.display_order""",
                where, params);
        Map<Long, List<String[]>> records = children("""
                SELECT r.event_id, CAST(r.record_id AS VARCHAR(20)) AS k, '' AS v FROM schedule_event_record r
                WHERE r.event_id IN (%s) ORDER BY r.event_id, r.record_id""", where, params);
        return jdbc.sql(EVENTS + where + ORDER).params(params)
                .query((rs, n) -> event(rs, holders, items, records)).list();
    }

    private Map<Long, List<String[]>> children(String sql, String where, Map<String, Object> params) {
        Map<Long, List<String[]>> byEvent = new HashMap<>();
        jdbc.sql(sql.formatted(IDS + where)).params(params).query(rs -> {
            byEvent.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                    .add(new String[] {rs.getString("k"), rs.getString("v")});
        });
        return byEvent;
    }

    private static ScheduleEvent event(ResultSet rs, Map<Long, List<String[]>> holders,
                                       Map<Long, List<String[]>> items, Map<Long, List<String[]>> records)
            throws SQLException {
        long id = rs.getLong("id");
        List<String[]> h = holders.getOrDefault(id, List.of());
        List<String[]> i = items.getOrDefault(id, List.of());
        return new ScheduleEvent(id, FiscalYear.of(rs.getInt("fiscal_year")), rs.getLong("area_id"),
                rs.getString("area_name"), rs.getLong("kind_id"), rs.getString("kind_name"),
                rs.getObject("plan_id", Long.class), rs.getString("title"),
                new PlannedWhen(rs.getObject("planned_from", LocalDate.class),
                        rs.getObject("planned_to", LocalDate.class), rs.getBoolean("whole_month")),
                rs.getString("place"), EventStatus.valueOf(rs.getString("status")),
                rs.getObject("actual_date", LocalDate.class), rs.getString("note"),
                h.stream().map(x -> x[0]).toList(), h.stream().map(x -> x[1]).toList(),
                i.stream().map(x -> Long.parseLong(x[0])).toList(), i.stream().map(x -> x[1]).toList(),
                records.getOrDefault(id, List.of()).stream().map(x -> Long.parseLong(x[0])).toList());
    }
}
