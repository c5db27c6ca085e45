package jp.bansou.organization;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads of the administration pages: users, staff, districts and groups of one association,
 * searched, sorted and paged by the database. Every lookup by id is scoped to the association, so
 * another association's ids are simply not found.
 */
@Service
public class AdministrationQueries {

    /** Sort keys each list offers (the first is the default) and the columns they stand for. */
    private static final Map<String, String> USER_SORTS = sorts("username", "u.username",
            "displayName", "u.display_name", "role", "u.role", "enabled", "u.enabled");
    private static final Map<String, String> STAFF_SORTS = sorts("order", "display_order", "name", "name",
            "kind", "kind", "startDate", "start_date", "endDate", "end_date");
    private static final Map<String, String> DISTRICT_SORTS = sorts("order", "display_order", "name", "name");
    private static final Map<String, String> GROUP_SORTS = sorts("name", "name", "kind", "kind");

    private static final String USER_COLUMNS = """
            SELECT u.id, u.username, u.display_name, u.role, u.staff_member_id, s.name AS staff_name, u.enabled
            FROM app_user u LEFT JOIN staff_member s ON s.id = u.staff_member_id""";

    private final JdbcClient jdbc;

    AdministrationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ListPage<UserSummary> users(long associationId, ListRequest request) {
        String where = " WHERE u.association_id = :a AND (CAST(:q AS VARCHAR(200)) IS NULL"
                + " OR u.username LIKE :q ESCAPE '\\' OR u.display_name LIKE :q ESCAPE '\\')";
        List<UserSummary> rows = jdbc.sql(USER_COLUMNS + where
                        + order(request, USER_SORTS) + ", u.id LIMIT :size OFFSET :offset")
                .param("a", associationId).param("q", request.likePattern())
                .param("size", ListRequest.PAGE_SIZE).param("offset", request.offset())
                .query((rs, n) -> user(rs)).list();
        long total = jdbc.sql("SELECT COUNT(*) FROM app_user u" + where)
                .param("a", associationId).param("q", request.likePattern()).query(Long.class).single();
        return new ListPage<>(rows, request.page(), ListRequest.PAGE_SIZE, total);
    }

    public Optional<UserSummary> user(long associationId, long userId) {
        return jdbc.sql(USER_COLUMNS + " WHERE u.association_id = ? AND u.id = ?").params(associationId, userId)
                .query((rs, n) -> user(rs)).optional();
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE LOWER(username) = LOWER(?)").param(username.strip())
                .query(Long.class).single() > 0;
    }

    public ListPage<StaffMember> staff(long associationId, ListRequest request) {
        String where = " WHERE association_id = :a AND (CAST(:q AS VARCHAR(200)) IS NULL OR name LIKE :q ESCAPE '\\')";
        List<StaffMember> rows = jdbc.sql("SELECT id, name, kind, start_date, end_date FROM staff_member" + where
                        + order(request, STAFF_SORTS) + ", id LIMIT :size OFFSET :offset")
                .param("a", associationId).param("q", request.likePattern())
                .param("size", ListRequest.PAGE_SIZE).param("offset", request.offset())
                .query((rs, n) -> staffMember(rs)).list();
        long total = jdbc.sql("SELECT COUNT(*) FROM staff_member" + where)
                .param("a", associationId).param("q", request.likePattern()).query(Long.class).single();
        return new ListPage<>(rows, request.page(), ListRequest.PAGE_SIZE, total);
    }

    public Optional<StaffMember> staffMember(long associationId, long staffMemberId) {
        return jdbc.sql("SELECT id, name, kind, start_date, end_date FROM staff_member WHERE association_id = ? AND id = ?")
                .params(associationId, staffMemberId).query((rs, n) -> staffMember(rs)).optional();
    }

    public ListPage<District> districts(long associationId, ListRequest request) {
        String where = " WHERE association_id = :a AND (CAST(:q AS VARCHAR(200)) IS NULL OR name LIKE :q ESCAPE '\\')";
        List<District> rows = jdbc.sql("SELECT id, name, head_office, display_order, retired FROM district" + where
                        + order(request, DISTRICT_SORTS) + ", id LIMIT :size OFFSET :offset")
                .param("a", associationId).param("q", request.likePattern())
                .param("size", ListRequest.PAGE_SIZE).param("offset", request.offset())
                .query((rs, n) -> district(rs)).list();
        long total = jdbc.sql("SELECT COUNT(*) FROM district" + where)
                .param("a", associationId).param("q", request.likePattern()).query(Long.class).single();
        return new ListPage<>(rows, request.page(), ListRequest.PAGE_SIZE, total);
    }

    public Optional<District> district(long associationId, long districtId) {
        return jdbc.sql("SELECT id, name, head_office, display_order, retired FROM district WHERE association_id = ? AND id = ?")
                .params(associationId, districtId).query((rs, n) -> district(rs)).optional();
    }

    /** The former names of the association's districts, newest first. */
    public List<DistrictRename> districtRenames(long associationId) {
        return jdbc.sql("""
                SELECT h.district_id, d.name AS current_name, h.name, h.used_until FROM district_name_history h
                JOIN district d ON d.id = h.district_id WHERE d.association_id = ?
                ORDER BY h.used_until DESC, h.id DESC""")
                .param(associationId)
                .query((rs, n) -> new DistrictRename(rs.getLong("district_id"), rs.getString("current_name"),
                        rs.getString("name"),
                        rs.getObject("used_until", LocalDate.class)))
                .list();
    }

    public ListPage<StaffGroup> groups(long associationId, ListRequest request) {
        String where = " WHERE association_id = :a AND (CAST(:q AS VARCHAR(200)) IS NULL OR name LIKE :q ESCAPE '\\')";
        List<StaffGroup> rows = jdbc.sql("SELECT id, name, kind FROM staff_group" + where
                        + order(request, GROUP_SORTS) + ", id LIMIT :size OFFSET :offset")
                .param("a", associationId).param("q", request.likePattern())
                .param("size", ListRequest.PAGE_SIZE).param("offset", request.offset())
                .query((rs, n) -> new StaffGroup(rs.getLong("id"), rs.getString("name"),
                        GroupKind.valueOf(rs.getString("kind"))))
                .list();
        long total = jdbc.sql("SELECT COUNT(*) FROM staff_group" + where)
                .param("a", associationId).param("q", request.likePattern()).query(Long.class).single();
        return new ListPage<>(rows, request.page(), ListRequest.PAGE_SIZE, total);
    }

    public Optional<StaffGroup> group(long associationId, long groupId) {
        return jdbc.sql("SELECT id, name, kind FROM staff_group WHERE association_id = ? AND id = ?")
                .params(associationId, groupId)
                .query((rs, n) -> new StaffGroup(rs.getLong("id"), rs.getString("name"),
                        GroupKind.valueOf(rs.getString("kind"))))
                .optional();
    }

    /** The staff members listed in an explicit group, in staff order. */
    public List<StaffMember> listedMembers(long groupId) {
        return jdbc.sql("""
                SELECT s.id, s.name, s.kind, s.start_date, s.end_date FROM staff_member s
                JOIN staff_group_member m ON m.staff_member_id = s.id WHERE m.group_id = ?
                ORDER BY s.display_order, s.id""")
                .param(groupId).query((rs, n) -> staffMember(rs)).list();
    }

    /** True when another district, staff member or group of the association already has the name. */
    public boolean nameTaken(Named what, long associationId, String name, Long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM " + what.table + " WHERE association_id = ? AND name = ? AND id <> ?")
                .params(associationId, name.strip(), exceptId == null ? -1L : exceptId).query(Long.class).single() > 0;
    }

    /** The named things of an association, each unique by name. */
    public enum Named {
        DISTRICT("district"), STAFF_MEMBER("staff_member"), GROUP("staff_group");

        private final String table;

        Named(String table) {
            this.table = table;
        }
    }

    private static String order(ListRequest request, Map<String, String> columns) {
        return " ORDER BY " + columns.get(request.sortAmong(List.copyOf(columns.keySet())))
                + (request.descending() ? " DESC" : " ASC");
    }

    private static Map<String, String> sorts(String... keysAndColumns) {
        Map<String, String> sorts = new LinkedHashMap<>();
        for (int i = 0; i < keysAndColumns.length; i += 2) {
            sorts.put(keysAndColumns[i], keysAndColumns[i + 1]);
        }
        return sorts;
    }

    private static UserSummary user(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new UserSummary(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                UserRole.valueOf(rs.getString("role")), rs.getObject("staff_member_id", Long.class),
                rs.getString("staff_name"), rs.getBoolean("enabled"));
    }

    private static StaffMember staffMember(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new StaffMember(rs.getLong("id"), rs.getString("name"), StaffKind.valueOf(rs.getString("kind")),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class));
    }

    private static District district(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new District(rs.getLong("id"), rs.getString("name"), rs.getBoolean("head_office"),
                rs.getInt("display_order"), rs.getBoolean("retired"));
    }
}
