package jp.bansou.activity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.bansou.period.ClosedPeriod;
import jp.bansou.shared.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads for the data checks: activity records that lack something they should carry. Each read is
 * one statement that returns the first {@code limit} records (oldest first) and, in the page's
 * total, how many there are in all.
 */
@Service
@Transactional(readOnly = true)
public class RecordConsistencyQueries {

    private static final String SELECT = """
            SELECT r.id, r.activity_date, k.name AS kind, b.name AS business, COUNT(*) OVER () AS total
            FROM activity_record r JOIN activity_kind k ON k.id = r.kind_id LEFT JOIN business b ON b.id = r.business_id
            WHERE r.association_id = :a""";
    private static final String IN_YEAR = " AND r.activity_date BETWEEN :from AND :to";

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final JdbcClient jdbc;

    RecordConsistencyQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records of the year with no staff member. */
    public Page<RecordGap> withoutStaff(long associationId, FiscalYear year, int limit) {
        return page(IN_YEAR + " AND NOT EXISTS (SELECT 1 FROM activity_staff s WHERE s.record_id = r.id)",
                inYear(associationId, year), limit);
    }

    /**
     * Records of the year with no district to count to: no business (whose district it would be)
     * and no district of their own (an event's); the counting puts them at the head office.
     */
    public Page<RecordGap> withoutDistrict(long associationId, FiscalYear year, int limit) {
        return page(IN_YEAR + " AND r.business_id IS NULL AND r.district_id IS NULL", inYear(associationId, year),
                limit);
    }

    /** Records dated after {@code day}, whatever their year. */
    public Page<RecordGap> datedAfter(long associationId, LocalDate day, int limit) {
        return page(" AND r.activity_date > :day", Map.of("a", associationId, "day", day), limit);
    }

    private static Map<String, Object> inYear(long associationId, FiscalYear year) {
        return Map.of("a", associationId, "from", year.firstDay(), "to", year.lastDay());
    }

    private Page<RecordGap> page(String condition, Map<String, Object> params, int limit) {
        long[] total = {0};
        List<RecordGap> rows = jdbc.sql(SELECT + condition + " ORDER BY r.activity_date, r.id LIMIT :limit")
                .params(params).param("limit", limit)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return gap(rs);
                })
                .list();
        return new Page<>(rows, 0, limit, total[0]);
    }

    /**
     * Records dated in one of the {@code closed} periods but entered after that period was closed:
     * one statement, a condition per closed period. {@code created_at} is the database's local time
     * (the JVM's zone, which the drivers give the session), the closing time Japan time, so the closing
     * time is converted before they are compared; the entry time comes back in Japan time.
     */
    public Page<LateEntry> enteredAfterClosing(long associationId, List<ClosedPeriod> closed, int limit) {
        if (closed.isEmpty()) {
            return new Page<>(List.of(), 0, limit, 0);
        }
        Map<String, Object> params = new HashMap<>(Map.of("a", associationId, "limit", limit));
        List<String> windows = new ArrayList<>();
        for (int i = 0; i < closed.size(); i++) {
            ClosedPeriod period = closed.get(i);
            windows.add("(r.activity_date BETWEEN :f" + i + " AND :t" + i + " AND r.created_at > :c" + i + ")");
            params.put("f" + i, period.period().firstDay());
            params.put("t" + i, period.period().lastDay());
            params.put("c" + i, period.closedAt().atZone(JAPAN).withZoneSameInstant(ZoneId.systemDefault())
                    .toLocalDateTime());
        }
        long[] total = {0};
        List<LateEntry> rows = jdbc.sql(SELECT.replace("COUNT(*) OVER ()", "r.created_at, COUNT(*) OVER ()")
                        + " AND (" + String.join(" OR ", windows) + ") ORDER BY r.activity_date, r.id LIMIT :limit")
                .params(params)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return new LateEntry(gap(rs), rs.getObject("created_at", LocalDateTime.class)
                            .atZone(ZoneId.systemDefault()).withZoneSameInstant(JAPAN).toLocalDateTime());
                })
                .list();
        return new Page<>(rows, 0, limit, total[0]);
    }

    private static RecordGap gap(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new RecordGap(rs.getLong("id"), rs.getObject("activity_date", LocalDate.class), rs.getString("kind"),
                rs.getString("business"));
    }
}
