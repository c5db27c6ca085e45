package jp.bansou.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.bansou.notification.NewNotification;
import jp.bansou.notification.Notification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notification and notification_mail_address tables. */
@Repository
public class NotificationStore {

    private static final String SELECT = "SELECT id, kind, message, link, created_at, read_at FROM notification";

    private final JdbcClient jdbc;

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Of the given logins, those that belong to the association, in one query. */
    public List<Long> usersOf(long associationId, Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id FROM app_user WHERE association_id = :a AND id IN (:ids) ORDER BY id")
                .param("a", associationId).param("ids", List.copyOf(userIds)).query(Long.class).list();
    }

    public void insert(long associationId, long userId, NewNotification n, LocalDateTime at) {
        jdbc.sql("""
                INSERT INTO notification (association_id, user_id, kind, message, link, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(associationId, userId, n.kind(), n.message(), n.link(), Timestamp.valueOf(at)).update();
    }

    public int unreadCount(long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE user_id = ? AND read_at IS NULL")
                .param(userId).query(Integer.class).single();
    }

    public List<Notification> latest(long userId, int limit) {
        return jdbc.sql(SELECT + """
                 WHERE user_id = ? ORDER BY CASE WHEN read_at IS NULL THEN 0 ELSE 1 END, created_at DESC, id DESC
                FETCH FIRST ? ROWS ONLY""")
                .params(userId, limit).query((rs, n) -> notification(rs)).list();
    }

    public Optional<Notification> find(long userId, long id) {
        return jdbc.sql(SELECT + " WHERE user_id = ? AND id = ?").params(userId, id)
                .query((rs, n) -> notification(rs)).optional();
    }

    private static Notification notification(ResultSet rs) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new Notification(rs.getLong("id"), rs.getString("kind"), rs.getString("message"), rs.getString("link"),
                rs.getTimestamp("created_at").toLocalDateTime(), read == null ? null : read.toLocalDateTime());
    }

    public boolean markRead(long userId, long id, LocalDateTime at) {
        return jdbc.sql("UPDATE notification SET read_at = ? WHERE id = ? AND user_id = ? AND read_at IS NULL")
                .params(Timestamp.valueOf(at), id, userId).update() == 1;
    }

    public int markAllRead(long userId, LocalDateTime at) {
        return jdbc.sql("UPDATE notification SET read_at = ? WHERE user_id = ? AND read_at IS NULL")
                .params(Timestamp.valueOf(at), userId).update();
    }

    public Optional<String> mailAddress(long userId) {
        return jdbc.sql("SELECT address FROM notification_mail_address WHERE user_id = ?")
                .param(userId).query(String.class).optional();
    }

    /** Addresses of those logins that gave one, in one query. */
    public List<String> mailAddresses(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT address FROM notification_mail_address WHERE user_id IN (:ids) ORDER BY user_id")
                .param("ids", List.copyOf(userIds)).query(String.class).list();
    }

    public void replaceMailAddress(long userId, String address) {
        jdbc.sql("DELETE FROM notification_mail_address WHERE user_id = ?").param(userId).update();
        if (address != null) {
            jdbc.sql("INSERT INTO notification_mail_address (user_id, address) VALUES (?, ?)")
                    .params(userId, address).update();
        }
    }
}
