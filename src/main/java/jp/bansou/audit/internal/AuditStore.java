package jp.bansou.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditEntry;
import jp.bansou.audit.AuditFilter;
import jp.bansou.audit.AuditRow;
import jp.bansou.audit.AuditType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit table: inserts and reads only; there is deliberately no update or delete here. */
@Repository
public class AuditStore {

    private static final String COLUMNS = """
            SELECT id, changed_at, user_id, user_name, entity_type, action, entity_id, entity_label, item_id,
                   item_year_id, before_value, after_value, reason FROM audit_entry""";

    private final JdbcClient jdbc;

    AuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(AuditEntry e, LocalDateTime at) {
        jdbc.sql("""
                INSERT INTO audit_entry (association_id, changed_at, user_id, user_name, entity_type, action,
                    entity_id, entity_label, item_id, item_year_id, before_value, after_value, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.associationId(), at, e.actor().userId(), e.actor().name(), e.type().name(),
                        e.action().name(), e.entityId(), e.label(), e.itemId(), e.itemYearId(), e.before(),
                        e.after(), e.reason())
                .update();
    }

    public List<AuditRow> search(long associationId, AuditFilter filter, int page, int size) {
        Where where = Where.of(associationId, filter);
        JdbcClient.StatementSpec spec = jdbc.sql(COLUMNS + where.sql() + " ORDER BY id DESC"
                + (size == Integer.MAX_VALUE ? "" : " LIMIT :size OFFSET :offset"));
        where.params().forEach(spec::param);
        if (size != Integer.MAX_VALUE) {
            spec.param("size", size).param("offset", (long) page * size);
        }
        return spec.query((rs, n) -> row(rs)).list();
    }

    public long count(long associationId, AuditFilter filter) {
        Where where = Where.of(associationId, filter);
        JdbcClient.StatementSpec spec = jdbc.sql("SELECT COUNT(*) FROM audit_entry" + where.sql());
        where.params().forEach(spec::param);
        return spec.query(Long.class).single();
    }

    public long countByUser(long associationId, long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE association_id = ? AND user_id = ?")
                .params(associationId, userId).query(Long.class).single();
    }

    public List<String> userNames(long associationId) {
        return jdbc.sql("SELECT DISTINCT user_name FROM audit_entry WHERE association_id = ? ORDER BY user_name")
                .param(associationId).query(String.class).list();
    }

    public Map<Long, AuditRow> latestPerItemYear(long associationId, Collection<Long> itemYearIds,
                                                 LocalDateTime since) {
        Map<Long, AuditRow> latest = new HashMap<>();
        if (itemYearIds.isEmpty()) {
            return latest;
        }
        jdbc.sql(COLUMNS + " WHERE association_id = :a AND changed_at > :since AND item_year_id IN (:ids)"
                        + " ORDER BY id DESC")
                .param("a", associationId).param("since", since).param("ids", List.copyOf(itemYearIds))
                .query((rs, n) -> row(rs)).list()
                .forEach(r -> latest.putIfAbsent(r.itemYearId(), r));
        return latest;
    }

    private static AuditRow row(ResultSet rs) throws SQLException {
        return new AuditRow(rs.getLong("id"), rs.getObject("changed_at", LocalDateTime.class),
                rs.getObject("user_id", Long.class), rs.getString("user_name"),
                AuditType.valueOf(rs.getString("entity_type")), AuditAction.valueOf(rs.getString("action")),
                rs.getString("entity_id"), rs.getString("entity_label"), rs.getObject("item_id", Long.class),
                rs.getObject("item_year_id", Long.class), rs.getString("before_value"), rs.getString("after_value"),
                rs.getString("reason"));
    }

    /** The WHERE clause of a filter with its named parameters. */
    private record Where(String sql, Map<String, Object> params) {

        static Where of(long associationId, AuditFilter f) {
            StringBuilder sql = new StringBuilder(" WHERE association_id = :a");
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("a", associationId);
            if (f.from() != null) {
                sql.append(" AND changed_at >= :from");
                params.put("from", f.from().atStartOfDay());
            }
            if (f.to() != null) {
                sql.append(" AND changed_at < :to");
                params.put("to", f.to().plusDays(1).atStartOfDay());
            }
            if (f.user() != null) {
                sql.append(" AND user_name = :user");
                params.put("user", f.user());
            }
            if (f.type() != null) {
                sql.append(" AND entity_type = :type");
                params.put("type", f.type().name());
            }
            if (f.itemId() != null) {
                sql.append(" AND item_id = :item");
                params.put("item", f.itemId());
            }
            if (f.text() != null) {
                sql.append(" AND (LOWER(COALESCE(entity_label, '')) LIKE :text OR LOWER(COALESCE(before_value, ''))"
                        + " LIKE :text OR LOWER(COALESCE(after_value, '')) LIKE :text"
                        + " OR LOWER(COALESCE(reason, '')) LIKE :text OR LOWER(user_name) LIKE :text)");
                params.put("text", "%" + escape(f.text().toLowerCase(Locale.ROOT)) + "%");
            }
            return new Where(sql.toString(), params);
        }

        private static String escape(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
