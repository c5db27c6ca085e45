package jp.bansou.schedule.internal;

import java.util.List;
import jp.bansou.schedule.ScheduleKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The kinds of planned event of each association. */
@Repository
public class KindStore {

    /** The kinds a new association starts with, and the activity kind each is recorded as. */
    public static final List<String[]> DEFAULTS = List.of(
            new String[] {"セミナー", "セミナー開催"}, new String[] {"商談会・展示会", "商談会・展示会"},
            new String[] {"景況調査", null}, new String[] {"委員会", null}, new String[] {"勉強会", "情報交換会"},
            new String[] {"HP公表", null}, new String[] {"会報掲載", null}, new String[] {"専門家派遣", "専門家派遣"});

    private final JdbcClient jdbc;

    KindStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ScheduleKind> all(long associationId) {
        return jdbc.sql("""
                SELECT id, name, activity_kind_name FROM schedule_kind WHERE association_id = ?
                ORDER BY display_order, id""")
                .param(associationId)
                .query((rs, n) -> new ScheduleKind(rs.getLong("id"), rs.getString("name"),
                        rs.getString("activity_kind_name")))
                .list();
    }

    public boolean exists(long associationId, String name) {
        return jdbc.sql("SELECT COUNT(*) FROM schedule_kind WHERE association_id = ? AND name = ?")
                .params(associationId, name).query(Long.class).single() > 0;
    }

    public void insert(long associationId, String name, String activityKindName) {
        jdbc.sql("""
                INSERT INTO schedule_kind (association_id, name, activity_kind_name, display_order)
                SELECT ?, ?, ?, COALESCE(MAX(display_order), 0) + 1 FROM schedule_kind WHERE association_id = ?""")
                .params(associationId, name, activityKindName, associationId).update();
    }

    public void insertDefaults(long associationId) {
        DEFAULTS.stream().filter(k -> !exists(associationId, k[0])).forEach(k -> insert(associationId, k[0], k[1]));
    }
}
