package jp.bansou.progress.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The check_in_setting table: per association, after how many days an unconfirmed check-in raises an alert. */
@Repository
public class CheckInSettingStore {

    private final JdbcClient jdbc;

    CheckInSettingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Integer> overdueDays(long associationId) {
        return jdbc.sql("SELECT overdue_days FROM check_in_setting WHERE association_id = ?").param(associationId)
                .query(Integer.class).optional();
    }

    public void replaceOverdueDays(long associationId, int days) {
        jdbc.sql("DELETE FROM check_in_setting WHERE association_id = ?").param(associationId).update();
        jdbc.sql("INSERT INTO check_in_setting (association_id, overdue_days) VALUES (?, ?)")
                .params(associationId, days).update();
    }
}
