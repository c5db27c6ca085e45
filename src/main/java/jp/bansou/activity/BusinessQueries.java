package jp.bansou.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of the business registry: search, lookup by member number or name, and the candidate
 * duplicates, each one set-based query scoped to the association.
 */
@Service
@Transactional(readOnly = true)
public class BusinessQueries {

    private static final String ROW = """
            SELECT b.id, b.name, b.name_kana, b.district_id, d.name AS district, b.member, b.member_number,
                   b.industry, b.representative, b.founded_on, b.status,
                   (SELECT COUNT(*) FROM activity_record r WHERE r.business_id = b.id) AS records
            FROM business b JOIN district d ON d.id = b.district_id
            WHERE b.association_id = :a""";
    private static final String UNMERGED = " AND b.merged_into_id IS NULL";
    private static final String TEXT = " AND (LOWER(b.name) LIKE :text OR LOWER(b.name_kana) LIKE :text"
            + " OR b.normalized_name LIKE :norm OR LOWER(b.member_number) LIKE :text)";

    /**
     * Pairs suspected to be one business: the same member number; else, when at least one of the
     * two has no member number, the same normalised name ({@link BusinessName}) in the same district.
     * Merged businesses are left out. Each pair once, the older business first.
     */
    private static final String PAIRS = """
            SELECT x.id AS first_id, y.id AS second_id, 'SAME_MEMBER_NUMBER' AS reason
            FROM business x JOIN business y ON y.association_id = x.association_id
                 AND y.member_number = x.member_number AND y.id > x.id
            WHERE x.association_id = :a AND x.merged_into_id IS NULL AND y.merged_into_id IS NULL
            UNION ALL
            SELECT x.id, y.id, 'SAME_NAME'
            FROM business x JOIN business y ON y.association_id = x.association_id AND y.district_id = x.district_id
                 AND y.normalized_name = x.normalized_name AND y.id > x.id
            WHERE x.association_id = :a AND x.merged_into_id IS NULL AND y.merged_into_id IS NULL
              AND (x.member_number IS NULL OR y.member_number IS NULL)
            ORDER BY first_id, second_id""";

    private final JdbcClient jdbc;

    BusinessQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Unmerged businesses whose name, kana, normalised name or member number contain the text; by name. */
    public Page<BusinessRow> search(long associationId, String text, int page, int size) {
        boolean any = text == null || text.isBlank();
        String where = UNMERGED + (any ? "" : TEXT);
        String like = any ? "" : "%" + escape(text.strip().toLowerCase(Locale.ROOT)) + "%";
        String norm = any ? "" : "%" + escape(BusinessName.normalize(text)) + "%";
        long total = jdbc.sql("SELECT COUNT(*) FROM business b WHERE b.association_id = :a" + where)
                .param("a", associationId).param("text", like).param("norm", norm).query(Long.class).single();
        List<BusinessRow> rows = jdbc.sql(ROW + where + " ORDER BY b.name, b.id LIMIT :limit OFFSET :offset")
                .param("a", associationId).param("text", like).param("norm", norm)
                .param("limit", size).param("offset", (long) page * size)
                .query(BusinessQueries::row).list();
        return new Page<>(rows, page, size, total);
    }

    /** A business of the association, merged or not. */
    public Optional<BusinessRow> business(long associationId, long id) {
        return jdbc.sql(ROW + " AND b.id = :id").param("a", associationId).param("id", id)
                .query(BusinessQueries::row).optional();
    }

    /** The unmerged business with this member number (the oldest, should there be several). */
    public Optional<BusinessRow> byMemberNumber(long associationId, String memberNumber) {
        return jdbc.sql(ROW + UNMERGED + " AND b.member_number = :number ORDER BY b.id")
                .param("a", associationId).param("number", memberNumber.strip())
                .query(BusinessQueries::row).list().stream().findFirst();
    }

    /** Unmerged businesses whose normalised name equals that of {@code name}, in any district; oldest first. */
    public List<BusinessRow> byName(long associationId, String name) {
        return jdbc.sql(ROW + UNMERGED + " AND b.normalized_name = :norm ORDER BY b.id")
                .param("a", associationId).param("norm", BusinessName.normalize(name))
                .query(BusinessQueries::row).list();
    }

    /** The candidate duplicate pairs of the association (see {@link #PAIRS}). */
    public List<DuplicatePair> duplicates(long associationId) {
        record Ids(long first, long second, String reason) {
        }
        List<Ids> pairs = jdbc.sql(PAIRS).param("a", associationId)
                .query((rs, n) -> new Ids(rs.getLong("first_id"), rs.getLong("second_id"), rs.getString("reason")))
                .list();
        if (pairs.isEmpty()) {
            return List.of();
        }
        List<Long> ids = pairs.stream().flatMap(p -> Stream.of(p.first(), p.second())).toList();
        Map<Long, BusinessRow> rows = jdbc.sql(ROW + " AND b.id IN (:ids)").param("a", associationId)
                .param("ids", ids).query(BusinessQueries::row).list().stream()
                .collect(Collectors.toMap(BusinessRow::id, Function.identity()));
        return pairs.stream().map(p -> new DuplicatePair(rows.get(p.first()), rows.get(p.second()),
                DuplicatePair.Reason.valueOf(p.reason().strip()))).toList();
    }

    private static BusinessRow row(ResultSet rs, int n) throws SQLException {
        return new BusinessRow(rs.getLong("id"), rs.getString("name"), rs.getString("name_kana"),
                rs.getLong("district_id"), rs.getString("district"), rs.getBoolean("member"),
                rs.getString("member_number"), rs.getString("industry"), rs.getString("representative"),
                rs.getObject("founded_on", LocalDate.class), BusinessStatus.valueOf(rs.getString("status").strip()),
                rs.getLong("records"));
    }

    /** LIKE wildcards typed by the user match themselves (backslash is the default escape on H2 and PostgreSQL). */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
