package jp.bansou.apitoken.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import jp.bansou.apitoken.ApiToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The api_token table; every read is scoped by association or user, except the lookup by hash. */
@Repository
public class TokenStore {

    private static final String SELECT = """
            SELECT t.id, t.association_id, t.user_id, u.username, t.name, t.shown_prefix, t.created_at,
                   t.expires_on, t.last_used_at, t.revoked_at
            FROM api_token t JOIN app_user u ON u.id = t.user_id""";

    private final JdbcClient jdbc;

    TokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long associationId, long userId, String name, String hash, String shownPrefix,
                       LocalDateTime createdAt, LocalDate expiresOn) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO api_token
                    (association_id, user_id, name, secret_hash, shown_prefix, created_at, expires_on)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(associationId, userId, name, hash, shownPrefix, Timestamp.valueOf(createdAt),
                        expiresOn == null ? null : Date.valueOf(expiresOn))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public Optional<ApiToken> findByHash(String hash) {
        return jdbc.sql(SELECT + " WHERE t.secret_hash = ?").param(hash).query(TokenStore::row).optional();
    }

    public Optional<ApiToken> findOfUser(long userId, long id) {
        return jdbc.sql(SELECT + " WHERE t.user_id = ? AND t.id = ?").params(userId, id).query(TokenStore::row)
                .optional();
    }

    public Optional<ApiToken> findInAssociation(long associationId, long id) {
        return jdbc.sql(SELECT + " WHERE t.association_id = ? AND t.id = ?").params(associationId, id)
                .query(TokenStore::row).optional();
    }

    public List<ApiToken> ofUser(long userId) {
        return jdbc.sql(SELECT + " WHERE t.user_id = ?"
                        + " ORDER BY t.revoked_at DESC NULLS FIRST, t.created_at DESC, t.id DESC")
                .param(userId).query(TokenStore::row).list();
    }

    public List<ApiToken> ofAssociation(long associationId) {
        return jdbc.sql(SELECT + " WHERE t.association_id = ?"
                        + " ORDER BY t.revoked_at DESC NULLS FIRST, u.username, t.created_at DESC, t.id DESC")
                .param(associationId).query(TokenStore::row).list();
    }

    /** Revokes once: a second revocation (a double submit) changes nothing and says so. */
    public boolean revoke(long id, LocalDateTime at) {
        return jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                .params(Timestamp.valueOf(at), id).update() == 1;
    }

    /** Writes the use unless another request already did within the interval (the condition keeps it once). */
    public void touch(long id, LocalDateTime now, LocalDateTime notAfter) {
        jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at <= ?)")
                .params(Timestamp.valueOf(now), id, Timestamp.valueOf(notAfter)).update();
    }

    private static ApiToken row(ResultSet rs, int n) throws SQLException {
        Date expires = rs.getDate("expires_on");
        return new ApiToken(rs.getLong("id"), rs.getLong("association_id"), rs.getLong("user_id"),
                rs.getString("username"), rs.getString("name"), rs.getString("shown_prefix"),
                rs.getTimestamp("created_at").toLocalDateTime(), expires == null ? null : expires.toLocalDate(),
                time(rs.getTimestamp("last_used_at")), time(rs.getTimestamp("revoked_at")));
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
