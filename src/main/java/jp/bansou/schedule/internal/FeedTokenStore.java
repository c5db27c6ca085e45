package jp.bansou.schedule.internal;

import java.time.LocalDateTime;
import java.util.Optional;
import jp.bansou.schedule.FeedOwner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One secret feed token per login; renewing replaces it, so the old link finds nobody. */
@Repository
public class FeedTokenStore {

    private final JdbcClient jdbc;

    FeedTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> tokenOf(long userId) {
        return jdbc.sql("SELECT token FROM schedule_feed_token WHERE user_id = ?").param(userId)
                .query(String.class).optional();
    }

    public void replace(long userId, String token, LocalDateTime at) {
        jdbc.sql("DELETE FROM schedule_feed_token WHERE user_id = ?").param(userId).update();
        jdbc.sql("INSERT INTO schedule_feed_token (user_id, token, created_at) VALUES (?, ?, ?)")
                .params(userId, token, at).update();
    }

    /** The enabled login holding the token. */
    public Optional<FeedOwner> owner(String token) {
        return jdbc.sql("""
                SELECT u.id, u.association_id, u.staff_member_id, u.display_name FROM schedule_feed_token t
                JOIN app_user u ON u.id = t.user_id WHERE t.token = ? AND u.enabled = TRUE""")
                .param(token)
                .query((rs, n) -> new FeedOwner(rs.getLong("id"), rs.getLong("association_id"),
                        (Long) rs.getObject("staff_member_id", Long.class), rs.getString("display_name")))
                .optional();
    }
}
