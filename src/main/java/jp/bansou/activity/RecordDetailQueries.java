package jp.bansou.activity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The details of a page of records that the list abbreviates (staff and categories as lists, deals,
 * press releases): three queries for the whole page, whatever its size.
 */
@Service
@Transactional(readOnly = true)
public class RecordDetailQueries {

    private final JdbcClient jdbc;

    RecordDetailQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Details by record id, for the records of the association among {@code recordIds}. */
    public Map<Long, RecordDetail> details(long associationId, Collection<Long> recordIds) {
        if (recordIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<String>> staff = names("""
                SELECT s.record_id, m.name FROM activity_staff s JOIN staff_member m ON m.id = s.staff_member_id
                WHERE s.record_id IN (:ids) ORDER BY m.display_order, m.id""", recordIds);
        Map<Long, List<String>> categories = names("""
                SELECT c.record_id, sc.name FROM activity_category c JOIN support_category sc ON sc.id = c.category_id
                WHERE c.record_id IN (:ids) ORDER BY sc.display_order, sc.id""", recordIds);
        Map<Long, RecordDetail> details = new HashMap<>();
        jdbc.sql("SELECT id, deals, press_releases FROM activity_record WHERE association_id = :a AND id IN (:ids)")
                .param("a", associationId).param("ids", recordIds)
                .query(rs -> {
                    long id = rs.getLong("id");
                    details.put(id, new RecordDetail(staff.getOrDefault(id, List.of()),
                            categories.getOrDefault(id, List.of()), rs.getObject("deals", Integer.class),
                            rs.getObject("press_releases", Integer.class)));
                });
        return details;
    }

    private Map<Long, List<String>> names(String sql, Collection<Long> recordIds) {
        Map<Long, List<String>> names = new HashMap<>();
        jdbc.sql(sql).param("ids", recordIds).query(rs -> {
            names.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        return names;
    }
}
