package jp.bansou.progress.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import jp.bansou.progress.CheckIn;
import jp.bansou.progress.CheckInState;
import jp.bansou.progress.CheckInStatus;
import jp.bansou.progress.NewCheckIn;
import jp.bansou.shared.Decimals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The check_in table: check-ins of an association's item-years and their reviews. */
@Repository
public class CheckInStore {

    private static final String SELECT = """
            SELECT c.id, c.item_year_id, c.as_of, c.figure_to_date, c.status, c.comment, c.posted_by_user_id,
                   c.posted_by_name, c.posted_at, c.state, c.reviewed_by_user_id, c.reviewed_by_name, c.reviewed_at,
                   c.review_comment
            FROM check_in c JOIN item_year y ON y.id = c.item_year_id JOIN kpi_item i ON i.id = y.item_id
            WHERE i.association_id = :a""";

    private final JdbcClient jdbc;

    CheckInStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long itemYearId, NewCheckIn c, long userId, String userName, LocalDateTime at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO check_in (item_year_id, as_of, figure_to_date, status, comment, posted_by_user_id,
                                      posted_by_name, posted_at, state)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'AWAITING')""")
                .params(itemYearId, c.asOf(), c.figureToDate(), c.status().name(), c.comment(), userId, userName,
                        Timestamp.valueOf(at))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Writes the review of a check-in still awaiting one; false when someone reviewed it first. */
    public boolean review(CheckIn reviewed) {
        CheckIn.Review r = reviewed.review();
        return jdbc.sql("""
                UPDATE check_in SET state = ?, reviewed_by_user_id = ?, reviewed_by_name = ?, reviewed_at = ?,
                       review_comment = ?
                WHERE id = ? AND state = 'AWAITING'""")
                .params(reviewed.state().name(), r.userId(), r.name(), Timestamp.valueOf(r.at()), r.comment(),
                        reviewed.id())
                .update() == 1;
    }

    public Optional<CheckIn> find(long associationId, long checkInId) {
        return jdbc.sql(SELECT + " AND c.id = :id").param("a", associationId).param("id", checkInId)
                .query((rs, n) -> checkIn(rs)).optional();
    }

    /** The item-year's check-ins, newest first. */
    public List<CheckIn> history(long associationId, long itemYearId) {
        return jdbc.sql(SELECT + " AND c.item_year_id = :iy ORDER BY c.posted_at DESC, c.id DESC")
                .param("a", associationId).param("iy", itemYearId).query((rs, n) -> checkIn(rs)).list();
    }

    /** Check-ins of the association awaiting confirmation since before {@code postedBefore}, not yet alerted. */
    public List<CheckIn> overdueUnalerted(long associationId, LocalDateTime postedBefore) {
        return jdbc.sql(SELECT + """
                 AND c.state = 'AWAITING' AND c.overdue_alerted_at IS NULL AND c.posted_at < :before
                ORDER BY c.posted_at, c.id""")
                .param("a", associationId).param("before", Timestamp.valueOf(postedBefore))
                .query((rs, n) -> checkIn(rs)).list();
    }

    public void markAlerted(long checkInId, LocalDateTime at) {
        jdbc.sql("UPDATE check_in SET overdue_alerted_at = ? WHERE id = ?").params(Timestamp.valueOf(at), checkInId)
                .update();
    }

    private static CheckIn checkIn(ResultSet rs) throws SQLException {
        Timestamp reviewedAt = rs.getTimestamp("reviewed_at");
        CheckIn.Review review = reviewedAt == null ? null : new CheckIn.Review(rs.getLong("reviewed_by_user_id"),
                rs.getString("reviewed_by_name"), reviewedAt.toLocalDateTime(), rs.getString("review_comment"));
        return new CheckIn(rs.getLong("id"), rs.getLong("item_year_id"), rs.getObject("as_of", LocalDate.class),
                Decimals.plain(rs.getBigDecimal("figure_to_date")), CheckInStatus.valueOf(rs.getString("status")),
                rs.getString("comment"), rs.getLong("posted_by_user_id"), rs.getString("posted_by_name"),
                rs.getTimestamp("posted_at").toLocalDateTime(), CheckInState.valueOf(rs.getString("state")), review);
    }
}
