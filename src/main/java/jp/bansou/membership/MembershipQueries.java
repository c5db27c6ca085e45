package jp.bansou.membership;

import java.util.List;
import jp.bansou.shared.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the membership figures. */
@Service
@Transactional(readOnly = true)
public class MembershipQueries {

    private final JdbcClient jdbc;

    MembershipQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Years with member counts, newest first. */
    public List<FiscalYear> years(long associationId) {
        return jdbc.sql("SELECT DISTINCT fiscal_year FROM member_count WHERE association_id = ? ORDER BY fiscal_year DESC")
                .param(associationId).query(Integer.class).list().stream().map(FiscalYear::of).toList();
    }

    public MembersTable membersTable(long associationId, FiscalYear year) {
        List<DistrictMembers> rows = jdbc.sql("""
                SELECT d.id, d.name, cur.members AS members, prev.members AS previous_members,
                       SUM(cur.members) OVER () AS total, SUM(prev.members) OVER () AS previous_total,
                       COUNT(prev.members) OVER () AS previous_count
                FROM district d
                LEFT JOIN member_count cur ON cur.district_id = d.id AND cur.fiscal_year = :fy
                LEFT JOIN member_count prev ON prev.district_id = d.id AND prev.fiscal_year = :prev
                WHERE d.association_id = :a
                ORDER BY d.display_order, d.id""")
                .param("a", associationId).param("fy", year.startYear()).param("prev", year.startYear() - 1)
                .query((rs, n) -> new DistrictMembers(rs.getLong("id"), rs.getString("name"),
                        rs.getObject("members", Integer.class), rs.getObject("previous_members", Integer.class),
                        rs.getLong("total")))
                .list();
        long total = rows.isEmpty() ? 0 : rows.get(0).totalMembers();
        Long previousTotal = jdbc.sql("""
                SELECT SUM(members) FROM member_count WHERE association_id = ? AND fiscal_year = ?""")
                .params(associationId, year.startYear() - 1).query(Long.class).optional().orElse(null);
        var counts = jdbc.sql("""
                SELECT businesses, small_businesses FROM area_business_count WHERE association_id = ? AND fiscal_year = ?""")
                .params(associationId, year.startYear())
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).optional();
        return new MembersTable(year, rows, total, previousTotal,
                counts.map(c -> c[0]).orElse(null), counts.map(c -> c[1]).orElse(null));
    }
}
