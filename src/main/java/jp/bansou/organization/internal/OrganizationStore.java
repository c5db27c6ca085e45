package jp.bansou.organization.internal;

import java.time.LocalDate;
import jp.bansou.organization.GroupKind;
import jp.bansou.organization.StaffKind;
import jp.bansou.organization.UserRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Writes of the organization tables. */
@Repository
public class OrganizationStore {

    private final JdbcClient jdbc;

    OrganizationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertAssociation(String code, String name) {
        return insert(jdbc.sql("INSERT INTO association (code, name) VALUES (?, ?)").params(code, name));
    }

    public String associationName(long associationId) {
        return jdbc.sql("SELECT name FROM association WHERE id = ?").param(associationId).query(String.class).single();
    }

    public long insertDistrict(long associationId, String name, boolean headOffice) {
        return insert(jdbc.sql("""
                INSERT INTO district (association_id, name, head_office, display_order)
                VALUES (:a, :name, :head, (SELECT COALESCE(MAX(display_order), 0) + 1 FROM district WHERE association_id = :a))""")
                .param("a", associationId).param("name", name).param("head", headOffice));
    }

    public long insertStaffMember(long associationId, String name, StaffKind kind, LocalDate startDate) {
        return insert(jdbc.sql("""
                INSERT INTO staff_member (association_id, name, kind, start_date, display_order)
                VALUES (:a, :name, :kind, :start, (SELECT COALESCE(MAX(display_order), 0) + 1 FROM staff_member WHERE association_id = :a))""")
                .param("a", associationId).param("name", name).param("kind", kind.name()).param("start", startDate));
    }

    public void updateStaffEndDate(long associationId, long staffMemberId, LocalDate endDate) {
        jdbc.sql("UPDATE staff_member SET end_date = ? WHERE id = ? AND association_id = ?")
                .params(endDate, staffMemberId, associationId).update();
    }

    public long insertGroup(long associationId, String name, GroupKind kind) {
        return insert(jdbc.sql("INSERT INTO staff_group (association_id, name, kind) VALUES (?, ?, ?)")
                .params(associationId, name, kind.name()));
    }

    public java.util.Optional<Long> associationOfGroup(long groupId) {
        return jdbc.sql("SELECT association_id FROM staff_group WHERE id = ?").param(groupId)
                .query(Long.class).optional();
    }

    public void insertGroupMember(long groupId, long staffMemberId) {
        jdbc.sql("INSERT INTO staff_group_member (group_id, staff_member_id) VALUES (?, ?)")
                .params(groupId, staffMemberId).update();
    }

    public long insertUser(long associationId, String username, String passwordHash, String displayName,
                           UserRole role, Long staffMemberId) {
        return insert(jdbc.sql("""
                INSERT INTO app_user (association_id, username, password_hash, display_name, role, staff_member_id)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(associationId, username, passwordHash, displayName, role.name(), staffMemberId));
    }

    private static long insert(JdbcClient.StatementSpec statement) {
        KeyHolder keys = new GeneratedKeyHolder();
        statement.update(keys, "id");
        return keys.getKeyAs(Long.class) != null ? keys.getKeyAs(Long.class) : keys.getKey().longValue();
    }
}
