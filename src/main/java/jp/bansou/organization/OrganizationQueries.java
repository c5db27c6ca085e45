package jp.bansou.organization;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import jp.bansou.shared.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads of the organization: districts in display order, staff, groups, names of role holders,
 * headcounts and group membership.
 */
@Service
public class OrganizationQueries {

    private final JdbcClient jdbc;

    OrganizationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean anyAssociation() {
        return jdbc.sql("SELECT COUNT(*) FROM association").query(Long.class).single() > 0;
    }

    /** Every association's id, oldest first (an installation usually has one). */
    public List<Long> associationIds() {
        return jdbc.sql("SELECT id FROM association ORDER BY id").query(Long.class).list();
    }

    public Optional<String> associationName(long associationId) {
        return jdbc.sql("SELECT name FROM association WHERE id = ?").param(associationId).query(String.class).optional();
    }

    /** The association's code, as in its public page's address ({@code kure-koiki}). */
    public Optional<String> associationCode(long associationId) {
        return jdbc.sql("SELECT code FROM association WHERE id = ?").param(associationId).query(String.class)
                .optional();
    }

    public Optional<Long> associationIdByCode(String code) {
        return jdbc.sql("SELECT id FROM association WHERE code = ?").param(code).query(Long.class).optional();
    }

    /** Every district, retired ones included: past records and tables keep them. */
    public List<District> districts(long associationId) {
        return jdbc.sql("""
                SELECT id, name, head_office, display_order, retired FROM district
                WHERE association_id = ? ORDER BY display_order, id""")
                .param(associationId)
                .query((rs, n) -> new District(rs.getLong("id"), rs.getString("name"),
                        rs.getBoolean("head_office"), rs.getInt("display_order"), rs.getBoolean("retired")))
                .list();
    }

    /** The districts offered for new records: every one not retired. */
    public List<District> activeDistricts(long associationId) {
        return districts(associationId).stream().filter(d -> !d.retired()).toList();
    }

    public List<StaffMember> staffMembers(long associationId) {
        return jdbc.sql("""
                SELECT id, name, kind, start_date, end_date FROM staff_member
                WHERE association_id = ? ORDER BY display_order, id""")
                .param(associationId)
                .query((rs, n) -> new StaffMember(rs.getLong("id"), rs.getString("name"),
                        StaffKind.valueOf(rs.getString("kind")),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class)))
                .list();
    }

    public List<StaffGroup> groups(long associationId) {
        return jdbc.sql("SELECT id, name, kind FROM staff_group WHERE association_id = ? ORDER BY id")
                .param(associationId)
                .query((rs, n) -> new StaffGroup(rs.getLong("id"), rs.getString("name"),
                        GroupKind.valueOf(rs.getString("kind"))))
                .list();
    }

    public String groupName(long groupId) {
        return jdbc.sql("SELECT name FROM staff_group WHERE id = ?").param(groupId).query(String.class).single();
    }

    /** Display names of every person and group of the association, keyed by {@link RoleHolder#key()}. */
    public Map<String, String> holderNames(long associationId) {
        Map<String, String> names = new HashMap<>();
        staffMembers(associationId).forEach(s -> names.put(RoleHolder.person(s.id()).key(), s.name()));
        groups(associationId).forEach(g -> names.put(RoleHolder.group(g.id()).key(), g.name()));
        return names;
    }

    /** True when the person or group belongs to the association: guards ids coming from forms. */
    public boolean holderBelongsTo(RoleHolder holder, long associationId) {
        String table = holder.isGroup() ? "staff_group" : "staff_member";
        long id = holder.isGroup() ? holder.staffGroupId() : holder.staffMemberId();
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE id = ? AND association_id = ?")
                .params(id, associationId).query(Long.class).single() > 0;
    }

    /**
     * How many people the group has on the first day of the fiscal year: every advisor in post for
     * 各指導員, the listed members in post for other groups.
     */
    public int headcount(long groupId, FiscalYear year) {
        LocalDate day = year.firstDay();
        return jdbc.sql("""
                SELECT COUNT(*) FROM staff_member s JOIN staff_group g ON g.association_id = s.association_id
                WHERE g.id = :group
                  AND (s.start_date IS NULL OR s.start_date <= :day)
                  AND (s.end_date IS NULL OR s.end_date >= :day)
                  AND ((g.kind = 'ALL_ADVISORS' AND s.kind = 'ADVISOR')
                    OR (g.kind = 'EXPLICIT' AND EXISTS (SELECT 1 FROM staff_group_member m
                          WHERE m.group_id = g.id AND m.staff_member_id = s.id)))""")
                .param("group", groupId).param("day", day)
                .query(Integer.class).single();
    }

    /** The groups a person belongs to, listed or (for advisors) through 各指導員. */
    public Set<Long> groupIdsOf(long staffMemberId) {
        return new HashSet<>(jdbc.sql("""
                SELECT g.id FROM staff_group g JOIN staff_member s ON s.association_id = g.association_id
                WHERE s.id = :staff
                  AND ((g.kind = 'ALL_ADVISORS' AND s.kind = 'ADVISOR')
                    OR EXISTS (SELECT 1 FROM staff_group_member m WHERE m.group_id = g.id AND m.staff_member_id = s.id))""")
                .param("staff", staffMemberId).query(Long.class).list());
    }

    /** Members of a group by name, for display. */
    public List<String> memberNames(long groupId) {
        return jdbc.sql("""
                SELECT s.name FROM staff_member s JOIN staff_group g ON g.association_id = s.association_id
                WHERE g.id = :group
                  AND ((g.kind = 'ALL_ADVISORS' AND s.kind = 'ADVISOR')
                    OR (g.kind = 'EXPLICIT' AND EXISTS (SELECT 1 FROM staff_group_member m
                          WHERE m.group_id = g.id AND m.staff_member_id = s.id)))
                ORDER BY s.display_order, s.id""")
                .param("group", groupId).query(String.class).list();
    }

    /**
     * The enabled logins of a role holder in the association: the person's own login, or the logins
     * of the group's members (listed, or every advisor in post for 各指導員).
     */
    public List<Long> userIdsOf(long associationId, RoleHolder holder) {
        if (!holder.isGroup()) {
            return jdbc.sql("SELECT id FROM app_user WHERE association_id = ? AND staff_member_id = ? AND enabled ORDER BY id")
                    .params(associationId, holder.staffMemberId()).query(Long.class).list();
        }
        return jdbc.sql("""
                SELECT u.id FROM app_user u JOIN staff_member s ON s.id = u.staff_member_id
                JOIN staff_group g ON g.association_id = s.association_id
                WHERE u.association_id = :a AND g.id = :group AND u.enabled
                  AND (s.end_date IS NULL OR s.end_date >= CURRENT_DATE)
                  AND ((g.kind = 'ALL_ADVISORS' AND s.kind = 'ADVISOR')
                    OR (g.kind = 'EXPLICIT' AND EXISTS (SELECT 1 FROM staff_group_member m
                          WHERE m.group_id = g.id AND m.staff_member_id = s.id)))
                ORDER BY u.id""")
                .param("a", associationId).param("group", holder.staffGroupId()).query(Long.class).list();
    }

    /** The enabled logins of the association with the given role, e.g. its admins. */
    public List<Long> userIdsWithRole(long associationId, UserRole role) {
        return jdbc.sql("SELECT id FROM app_user WHERE association_id = ? AND role = ? AND enabled ORDER BY id")
                .params(associationId, role.name()).query(Long.class).list();
    }
}
