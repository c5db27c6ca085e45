package jp.bansou.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
                    return new RecordGap(rs.getLong("id"), rs.getObject("activity_date", LocalDate.class),
                            rs.getString("kind"), rs.getString("business"));
                })
                .list();
        return new Page<>(rows, 0, limit, total[0]);
    }
}
