package jp.bansou.organization.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import jp.bansou.organization.StaffKind;
import jp.bansou.organization.UserRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes of the administration pages. Every statement names the association, so an id of another
 * association changes nothing (the callers then answer "not found").
 */
@Repository
public class AdministrationStore {

    private final JdbcClient jdbc;

    AdministrationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the one set-up an installation has; a second claim fails on the table's key. */
    public void claimSetup(long associationId, LocalDateTime at) {
        jdbc.sql("INSERT INTO installation_setup (id, association_id, set_up_at) VALUES (1, ?, ?)")
                .params(associationId, at).update();
    }

    public boolean setupDone() {
        return jdbc.sql("SELECT COUNT(*) FROM installation_setup").query(Long.class).single() > 0;
    }

    public boolean updateUserRole(long associationId, long userId, UserRole role) {
        return jdbc.sql("UPDATE app_user SET role = ? WHERE id = ? AND association_id = ?")
                .params(role.name(), userId, associationId).update() == 1;
    }

    public boolean updateUserStaffMember(long associationId, long userId, Long staffMemberId) {
        return jdbc.sql("UPDATE app_user SET staff_member_id = ? WHERE id = ? AND association_id = ?")
                .params(staffMemberId, userId, associationId).update() == 1;
    }

    public boolean updateUserEnabled(long associationId, long userId, boolean enabled) {
        return jdbc.sql("UPDATE app_user SET enabled = ? WHERE id = ? AND association_id = ?")
                .params(enabled, userId, associationId).update() == 1;
    }

    public boolean updateUserPassword(long associationId, long userId, String passwordHash) {
        return jdbc.sql("UPDATE app_user SET password_hash = ? WHERE id = ? AND association_id = ?")
                .params(passwordHash, userId, associationId).update() == 1;
    }

    /** Enabled admins of the association, read under a row lock so two demotions cannot both pass the check. */
    public long lockEnabledAdmins(long associationId) {
        return jdbc.sql("SELECT id FROM app_user WHERE association_id = ? AND role = 'ADMIN' AND enabled FOR UPDATE")
                .param(associationId).query(Long.class).list().size();
    }

    public boolean updateStaffMember(long associationId, long staffMemberId, String name, StaffKind kind,
                                     LocalDate startDate, LocalDate endDate) {
        return jdbc.sql("""
                UPDATE staff_member SET name = ?, kind = ?, start_date = ?, end_date = ?
                WHERE id = ? AND association_id = ?""")
                .params(name, kind.name(), startDate, endDate, staffMemberId, associationId).update() == 1;
    }

    public void removeGroupMember(long groupId, long staffMemberId) {
        jdbc.sql("DELETE FROM staff_group_member WHERE group_id = ? AND staff_member_id = ?")
                .params(groupId, staffMemberId).update();
    }

    public boolean isGroupMember(long groupId, long staffMemberId) {
        return jdbc.sql("SELECT COUNT(*) FROM staff_group_member WHERE group_id = ? AND staff_member_id = ?")
                .params(groupId, staffMemberId).query(Long.class).single() > 0;
    }

    public void renameDistrict(long associationId, long districtId, String oldName, String newName, LocalDate lastDay) {
        jdbc.sql("INSERT INTO district_name_history (district_id, name, used_until) VALUES (?, ?, ?)")
                .params(districtId, oldName, lastDay).update();
        jdbc.sql("UPDATE district SET name = ? WHERE id = ? AND association_id = ?")
                .params(newName, districtId, associationId).update();
    }

    public void updateDistrictRetired(long associationId, long districtId, boolean retired) {
        jdbc.sql("UPDATE district SET retired = ? WHERE id = ? AND association_id = ?")
                .params(retired, districtId, associationId).update();
    }

    /**
     * Moves a row of {@code table} (district or staff_member) one place up or down in the
     * association's display order by swapping its order with its neighbour's; at either end nothing moves.
     */
    public void move(String table, long associationId, long id, boolean up) {
        if (!table.equals("district") && !table.equals("staff_member")) {
            throw new IllegalArgumentException(table);
        }
        java.util.List<long[]> rows = jdbc.sql("SELECT id, display_order FROM " + table
                        + " WHERE association_id = ? ORDER BY display_order, id")
                .param(associationId).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        int at = java.util.stream.IntStream.range(0, rows.size()).filter(i -> rows.get(i)[0] == id).findFirst()
                .orElse(-1);
        int other = up ? at - 1 : at + 1;
        if (at < 0 || other < 0 || other >= rows.size()) {
            return;
        }
        setOrder(table, rows.get(at)[0], rows.get(other)[1]);
        setOrder(table, rows.get(other)[0], rows.get(at)[1]);
    }

    private void setOrder(String table, long id, long order) {
        jdbc.sql("UPDATE " + table + " SET display_order = ? WHERE id = ?").params(order, id).update();
    }
}
